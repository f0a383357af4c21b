using Microsoft.EntityFrameworkCore;

namespace Network.Application.Common;

public static class QueryablePaging
{
    /// <summary>Counts, then reads one page; the query must already be ordered deterministically.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var offset = page.Offset;
        var items = await ordered.Skip(offset).Take(page.Limit).ToListAsync(ct);
        var next = offset + items.Count < total ? Cursor.Encode(offset + items.Count) : null;
        return new Page<T>(items, total, next, offset);
    }
}
