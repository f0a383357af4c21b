namespace Network.Api.Rest.Common;

/// <summary>A page of search results; to continue, send the same search with <c>after</c> = <see cref="NextCursor"/>.</summary>
public sealed record SearchResponse<T>(IReadOnlyList<T> Items, int TotalCount, string? NextCursor);
