using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Common;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// <c>XConnection</c> over the application layer's <see cref="Page{T}"/>: edges, pageInfo and totalCount, non-null so
/// clients need no null checks. The cursor after item i (absolute position) is the application's cursor for offset
/// i + 1, so the last edge's cursor equals the page's NextCursor (REST's links.next) whenever there is a next page.
/// </summary>
public sealed class PageConnectionType<T> : ObjectGraphType<Page<T>>
    where T : notnull
{
    public PageConnectionType()
    {
        var node = GraphNames.Of(typeof(T));
        Name = node + "Connection";
        Description = $"A page of {node} objects. Ask the next page with first and after: pageInfo.endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PageEdgeType<T>>>>>("edges")
            .Description("The objects of this page, each with its cursor.")
            .Resolve(ctx =>
                ctx.Source.Items.Select((item, i) => new PageEdge<T>(Cursor.Encode(ctx.Source.Offset + i + 1), item))
                    .ToList()
            );
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether there is a next page, and the cursor to ask it with.")
            .Resolve(ctx => InfoOf(ctx.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects match the filters in total, over all pages.")
            .Resolve(ctx => ctx.Source.TotalCount);
    }

    private static PageInfo InfoOf(Page<T> page) =>
        new()
        {
            HasNextPage = page.NextCursor is not null,
            HasPreviousPage = page.Offset > 0,
            StartCursor = page.Items.Count == 0 ? null : Cursor.Encode(page.Offset + 1),
            EndCursor = page.Items.Count == 0 ? null : Cursor.Encode(page.Offset + page.Items.Count),
        };
}

/// <summary>One item of a page with the cursor that continues after it.</summary>
public sealed record PageEdge<T>(string Cursor, T Node);

/// <summary><c>XEdge</c>: one object of a page and its cursor.</summary>
public sealed class PageEdgeType<T> : ObjectGraphType<PageEdge<T>>
    where T : notnull
{
    public PageEdgeType()
    {
        var node = GraphNames.Of(typeof(T));
        Name = node + "Edge";
        Description = $"One {node} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque cursor: pass it as after to continue behind this object.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<GraphQLClrOutputTypeReference<T>>>("node")
            .Description($"The {node}.")
            .Resolve(ctx => ctx.Source.Node);
    }
}
