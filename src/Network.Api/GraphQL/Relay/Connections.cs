using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Network.Application.Common;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// List fields as Relay connections over the application layer's paging: <c>first</c> is the page size and
/// <c>after</c> the application's own opaque cursor, so REST's <c>links.next</c> and GraphQL's
/// <c>endCursor</c> are the same cursor.
/// </summary>
public static class Connections
{
    public static FieldBuilder<object?, object> ConnectionField<TNodeType>(this ObjectGraphType type, string name, string description)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", arg =>
            {
                // A default value (not just a default in the application) lets the complexity analyzer see the page size.
                arg.DefaultValue = PageRequest.DefaultSize;
                arg.Description = $"Page size, 1 to {PageRequest.MaxSize}.";
            })
            .Argument<StringGraphType>("after", "Continue after this cursor (pageInfo.endCursor of the previous page).");

    /// <summary>Calls the application layer for one page and shapes it as a connection.</summary>
    public static async Task<object?> PageAsync<T>(this IResolveFieldContext ctx, Func<PageRequest, CancellationToken, Task<Page<T>>> list)
        where T : notnull
    {
        var request = new PageRequest(ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("first"));
        Page<T> page;
        try
        {
            page = await list(request, ctx.CancellationToken);
        }
        catch (ValidationException e) when (e.Errors.ContainsKey("pageSize"))
        {
            // The application names the page size as REST does; in GraphQL it is the argument "first".
            throw new ValidationException(e.Errors.ToDictionary(x => x.Key == "pageSize" ? "first" : x.Key, x => x.Value));
        }
        return ToConnection(page);
    }

    public static PageConnection ToConnection<T>(Page<T> page) where T : notnull
    {
        // The cursor after item i (absolute position) is the application's cursor for offset i + 1,
        // so the last edge's cursor equals the page's NextCursor whenever there is a next page.
        var edges = page.Items.Select((item, i) => new PageEdge(Cursor.Encode(page.Offset + i + 1), item)).ToList();
        var info = new PageInfo
        {
            HasNextPage = page.NextCursor is not null,
            HasPreviousPage = page.Offset > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new PageConnection(edges, page.TotalCount, info);
    }
}
