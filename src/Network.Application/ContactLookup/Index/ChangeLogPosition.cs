using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Network.Application.Changes;
using Network.Application.Persistence;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// How far a follower of the change log got: every entry up to <see cref="Seq"/> was read, except the numbers in
/// <see cref="Gaps"/>. A gap is a number below the highest one read that was not there yet: on SQLite (one writer,
/// numbers handed out in commit order) there are none, but PostgreSQL hands out identity numbers before commit, so
/// a transaction that took 41 may commit after the one that took 42. A gap is asked for again on every read for
/// <see cref="GapPatience"/>, then given up (a rolled-back transaction leaves its number unused for ever); the
/// periodic full rebuild covers anything slower than that.
/// </summary>
internal sealed record ChangeLogPosition(long Seq, ImmutableArray<ChangeLogPosition.Gap> Gaps)
{
    public static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(10);
    private const int MaxGaps = 1000;

    public readonly record struct Gap(long Seq, long SeenAt);

    public readonly record struct Row(long Seq, ChangeEntityType Type, string Id);

    /// <summary>The log's end: a full build takes it before reading the tables, so nothing committed meanwhile is skipped.</summary>
    public static async Task<ChangeLogPosition> EndAsync(NetworkDbContext db, CancellationToken ct) =>
        new(await db.ChangeLog.MaxAsync(e => (long?)e.Seq, ct) ?? 0, []);

    /// <summary>
    /// The entries after this position (and the gaps that arrived), oldest first, and the position after them; null
    /// rows when more than <paramref name="limit"/> arrived (the caller rebuilds instead).
    /// </summary>
    public async Task<(List<Row>? Rows, ChangeLogPosition Next)> ReadAsync(
        NetworkDbContext db,
        int limit,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var after = Seq;
        var gaps = Gaps.Select(g => g.Seq).ToList();
        var rows = await db
            .ChangeLog.AsNoTracking()
            .Where(e => e.Seq > after || gaps.Contains(e.Seq))
            .OrderBy(e => e.Seq)
            .Take(limit + 1)
            .Select(e => new Row(e.Seq, e.EntityType, e.EntityId))
            .ToListAsync(ct);
        if (rows.Count > limit)
            return (null, this);

        var now = clock.GetTimestamp();
        var seen = rows.Select(r => r.Seq).ToHashSet();
        var next = Math.Max(Seq, rows.Count == 0 ? 0 : rows[^1].Seq);
        var open = Gaps.Where(g => !seen.Contains(g.Seq) && clock.GetElapsedTime(g.SeenAt, now) < GapPatience);
        var fresh = new List<Gap>();
        var expected = Seq + 1;
        foreach (var r in rows.Where(r => r.Seq > Seq))
        {
            for (var missing = expected; missing < r.Seq && fresh.Count < MaxGaps; missing++)
                fresh.Add(new Gap(missing, now));
            expected = r.Seq + 1;
        }
        var all = open.Concat(fresh).ToImmutableArray();
        if (all.Length > MaxGaps)
            all = all[^MaxGaps..];
        return (rows, next == Seq && all.SequenceEqual(Gaps) ? this : new ChangeLogPosition(next, all));
    }
}
