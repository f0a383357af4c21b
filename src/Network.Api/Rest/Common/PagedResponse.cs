using Network.Application.Common;

namespace Network.Api.Rest.Common;

/// <summary>A page of a collection with HAL-style links; <c>next</c> is omitted on the last page.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int TotalCount, PageLinks Links);

public static class PagedResponse
{
    public static PagedResponse<T> From<T>(Page<T> page, HttpRequest request)
    {
        var self = request.Path + request.QueryString;
        string? next = null;
        if (page.NextCursor is not null)
        {
            var query = request
                .Query.Where(q => q.Key != "after")
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"after={Uri.EscapeDataString(page.NextCursor)}");
            next = $"{request.Path}?{string.Join('&', query)}";
        }
        return new PagedResponse<T>(
            page.Items,
            page.TotalCount,
            new PageLinks(new Link(self), next is null ? null : new Link(next))
        );
    }
}

public sealed record PageLinks(Link Self, Link? Next);

public sealed record Link(string Href);
