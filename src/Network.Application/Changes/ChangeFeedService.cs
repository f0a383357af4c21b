using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Trust;

namespace Network.Application.Changes;

/// <summary>
/// Synchronisation for mirrors: the export (everything the viewer may see, and the cursor to follow from) and the
/// change feed (what changed since a cursor, as the viewer sees it now). Both render entities through
/// <see cref="ChangeRenderer"/>, so a mirror holds exactly what the viewer's GETs would give.
/// </summary>
/// <remarks>
/// What a removal may reveal: an entity that is not visible now is reported <c>removed</c> only when the viewer could
/// have seen it at some moment since the cursor (its visibility scope before or after one of its changes since then
/// passes the same rule as its GET), so a mirror that might hold it forgets it. An entity the viewer could never see
/// in that time is left out entirely: its id, and that it changed, stay unknown.
/// </remarks>
public sealed class ChangeFeedService(
    NetworkDbContext db,
    AccessPolicy access,
    ChangeRenderer renderer,
    TimeProvider clock
)
{
    public const int DefaultSize = PageRequest.DefaultSize;
    public const int MaxSize = PageRequest.MaxSize;
    private const int Chunk = 500;

    public async Task<ChangesPage> ReadAsync(string? after, int? pageSize, CancellationToken ct)
    {
        var v = new Validator();
        v.When(pageSize is < 1 or > MaxSize, "pageSize", $"must be between 1 and {MaxSize}");
        ChangeCursor from = default;
        if (after is not null && !ChangeCursor.TryParse(after, out from))
            v.Add("after", "is not a change cursor this API issued (take it from GET /export or the last page)");
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var limit = pageSize ?? DefaultSize;
        var windows = new Dictionary<(ChangeEntityType Type, string Id), Window>();
        var position = from.Seq;
        var hasMore = false;
        while (!hasMore)
        {
            var start = position;
            var rows = await db.Set<ChangeLogEntry>()
                .AsNoTracking()
                .Where(e => e.Seq > start)
                .OrderBy(e => e.Seq)
                .Take(Chunk)
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                var key = (row.EntityType, row.EntityId);
                if (!windows.TryGetValue(key, out var window))
                {
                    if (windows.Count == limit)
                    {
                        hasMore = true;
                        break;
                    }
                    windows[key] = window = new Window();
                }
                window.Add(row);
                position = row.Seq;
            }
            if (rows.Count < Chunk)
                break;
        }
        if (after is not null)
            foreach (var key in await ChangedByTimeAsync(from.AsOf, now, ct))
                windows.TryAdd(key, new Window());

        var items = await DecideAsync(windows, ct);
        return new ChangesPage(items, new ChangeCursor(position, now).ToString(), hasMore);
    }

    /// <summary>The cursor of the log's present end: what an export taken now continues from.</summary>
    public async Task<string> HeadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seq = await db.Set<ChangeLogEntry>().MaxAsync(e => (long?)e.Seq, ct) ?? 0;
        return new ChangeCursor(seq, now).ToString();
    }

    /// <summary>
    /// Everything the viewer may see, type by type, as GET gives it. Take <see cref="HeadAsync"/> first: what changes
    /// while this runs has a later place in the log, so the feed from that cursor brings it.
    /// </summary>
    public async IAsyncEnumerable<ChangeDto> ExportAsync([EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var type in Enum.GetValues<ChangeEntityType>())
        {
            var ids = await VisibleIdsAsync(type, ct);
            foreach (var batch in ids.Chunk(MaxSize))
            {
                var found = await renderer.VisibleAsync(type, batch, ct);
                foreach (var id in batch)
                    if (found.TryGetValue(id, out var item))
                        yield return item;
            }
        }
    }

    private async Task<List<string>> VisibleIdsAsync(ChangeEntityType type, CancellationToken ct)
    {
        static List<string> Keys<T>(List<T> ids) => ids.Select(id => ChangeRecorder.Key(id!)).ToList();
        return type switch
        {
            ChangeEntityType.Organisation => Keys(
                await access.VisibleOrganisations(db.Organisations).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct)
            ),
            ChangeEntityType.Professional => Keys(
                await access.VisibleProfessionals(db.Professionals).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct)
            ),
            ChangeEntityType.Covenant => Keys(
                await access.VisibleCovenants(db.Covenants).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct)
            ),
            ChangeEntityType.Route => Keys(
                await access.VisibleRoutes(db.Routes).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct)
            ),
            ChangeEntityType.Municipality => await access
                .VisibleMunicipalities(db.Municipalities)
                .OrderBy(m => m.Code)
                .Select(m => m.Code)
                .ToListAsync(ct),
            _ when !access.CanReadCatalogues => [],
            ChangeEntityType.Domain => await db.Domains.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct),
            ChangeEntityType.Profession => await db.Professions.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct),
            _ => await db.ConcernTypes.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct),
        };
    }

    /// <summary>
    /// What changed by time alone since the cursor was read: a professional whose trust with the viewer expired (the
    /// trusted contact points go), and covenants whose validity began or ended (isValidToday).
    /// </summary>
    private async Task<List<(ChangeEntityType, string)>> ChangedByTimeAsync(
        DateTimeOffset since,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var result = new List<(ChangeEntityType, string)>();
        if (since >= now)
            return result;
        var expired = await access
            .VisibleTrust(db.TrustRelationships.AsNoTracking())
            .Where(t => t.Status == TrustStatus.Confirmed && t.ExpiresAt > since && t.ExpiresAt <= now)
            .Select(t => new { t.ProposerId, t.RecipientId })
            .ToListAsync(ct);
        foreach (var t in expired)
        {
            result.Add((ChangeEntityType.Professional, ChangeRecorder.Key(t.ProposerId)));
            result.Add((ChangeEntityType.Professional, ChangeRecorder.Key(t.RecipientId)));
        }
        var first = DateOnly.FromDateTime(since.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (first < today)
        {
            var covenants = await access
                .VisibleCovenants(db.Covenants.AsNoTracking())
                .Where(c =>
                    (c.ValidFrom > first && c.ValidFrom <= today)
                    || (c.ValidUntil != null && c.ValidUntil >= first && c.ValidUntil < today)
                )
                .Select(c => c.Id)
                .ToListAsync(ct);
            result.AddRange(covenants.Select(id => (ChangeEntityType.Covenant, ChangeRecorder.Key(id))));
        }
        return result;
    }

    private async Task<List<ChangeDto>> DecideAsync(
        Dictionary<(ChangeEntityType Type, string Id), Window> windows,
        CancellationToken ct
    )
    {
        var visible = new Dictionary<(ChangeEntityType, string), ChangeDto>();
        foreach (var group in windows.Keys.GroupBy(k => k.Type))
        {
            var found = await renderer.VisibleAsync(group.Key, group.Select(k => k.Id).ToList(), ct);
            foreach (var (id, item) in found)
                visible[(group.Key, id)] = item;
        }
        var items = new List<ChangeDto>();
        foreach (var (key, window) in windows.OrderBy(w => w.Value.Last))
        {
            if (visible.TryGetValue(key, out var item))
                items.Add(item);
            else if (window.Scopes.Any(s => CouldSee(key.Type, key.Id, VisibilityScope.Parse(s))))
                items.Add(new ChangeDto(key.Type, key.Id, ChangeKind.Removed));
        }
        return items;
    }

    /// <summary>Whether the viewer could see an entity in this scope: the in-memory form of each GET's rule.</summary>
    private bool CouldSee(ChangeEntityType type, string id, VisibilityScope s) =>
        s.Exists
        && type switch
        {
            ChangeEntityType.Organisation => access.CanSeeOrganisation(s.Active, s.Municipalities),
            ChangeEntityType.Professional => access.CanSeeProfessional(
                Guid.Parse(id),
                s.Active,
                s.Listed,
                s.Municipalities
            ),
            ChangeEntityType.Covenant => access.CanSeeCovenant(s.Municipalities),
            ChangeEntityType.Route => s.Municipalities.Any(access.CanReadMunicipality),
            ChangeEntityType.Municipality => access.CanSeeMunicipality(id),
            _ => access.CanReadCatalogues,
        };

    /// <summary>One entity's log entries in the window: the scopes it had, and its latest place in the log.</summary>
    private sealed class Window
    {
        public List<string> Scopes { get; } = [];
        public long Last { get; private set; } = long.MaxValue;

        public void Add(ChangeLogEntry e)
        {
            if (e.Before is not null)
                Scopes.Add(e.Before);
            if (e.After is not null)
                Scopes.Add(e.After);
            Last = e.Seq;
        }
    }
}
