using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Network.Api.GraphQL.Relay;

/// <summary>One page of a list as a Relay connection; built from the application layer's <c>Page&lt;T&gt;</c>.</summary>
public sealed record PageConnection(IReadOnlyList<PageEdge> Edges, int TotalCount, PageInfo PageInfo);

/// <summary>One item of a page with the cursor that continues after it.</summary>
public sealed record PageEdge(string Cursor, object Node);

/// <summary><c>XConnection</c>: edges, pageInfo and totalCount, non-null so clients need no null checks.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<PageConnection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Connection";
        Description = $"A page of {node} objects. Ask the next page with first and after: pageInfo.endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The objects of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether there is a next page, and the cursor to ask it with.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects match the filters in total, over all pages.")
            .Resolve(ctx => ctx.Source.TotalCount);
    }
}

/// <summary><c>XEdge</c>: one object of a page and its cursor.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<PageEdge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Edge";
        Description = $"One {node} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque cursor: pass it as after to continue behind this object.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description($"The {node}.")
            .Resolve(ctx => ctx.Source.Node);
    }
}
