using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Trust.Graph;

namespace Network.Application.Trust.Graph;

/// <summary>
/// Holds the current <see cref="TrustGraph"/> and swaps in a new one when trust changes.
/// <para>
/// Code that changes a trust relationship raises <see cref="TrustChangeNotifier"/> with its id after saving (or calls
/// <see cref="Invalidate(Guid)"/>): the next
/// snapshot re-reads just that row and is rebuilt from the previous one's edges (tens of milliseconds at a million
/// edges). <see cref="Invalidate()"/> without an id re-reads everything. Either starts the rebuild in the
/// background at once (bursts coalesce, see <see cref="RebuildingSnapshot{T}"/>) and the next lookup waits for it,
/// so a change is visible to the very next lookup, well inside the one-second target; lookups that do not follow
/// a change never wait. Expiry needs no rebuild: every edge carries its expiry and the search skips edges that
/// aged out. The periodic full refresh (<see cref="RefreshInBackground"/>, from <c>LookupMaintenance</c>) catches
/// writes made outside this process and drops expired edges.
/// </para>
/// </summary>
public sealed class TrustGraphSnapshotProvider
{
    private readonly RebuildingSnapshot<TrustGraph> _snapshot;
    private readonly ConcurrentQueue<Guid> _changed = new();
    private volatile bool _full = true;
    private readonly TimeProvider _clock;

    public TrustGraphSnapshotProvider(
        IServiceScopeFactory scopes,
        TrustChangeNotifier changes,
        TimeProvider clock,
        ILogger<TrustGraphSnapshotProvider> logger
    )
    {
        _clock = clock;
        // The trust service names the relationship it changed; other changes (validity periods) re-read everything.
        changes.Changed += id =>
        {
            if (id is { } relationship)
                Invalidate(relationship);
            else
                Invalidate();
        };
        _snapshot = new RebuildingSnapshot<TrustGraph>(
            async ct =>
            {
                var started = clock.GetTimestamp();
                var previous = _snapshot!.Current;
                var full = _full || previous is null;
                _full = false;
                var changed = new List<Guid>();
                while (_changed.TryDequeue(out var id))
                    changed.Add(id);

                TrustGraph graph;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
                    graph = full
                        ? await TrustGraphLoader.LoadAsync(db, clock.GetUtcNow(), ct)
                        : await TrustGraphLoader.ApplyAsync(db, previous!, changed, clock.GetUtcNow(), ct);
                }
                catch
                {
                    _full = true; // the drained ids are lost with this attempt: the retry re-reads everything
                    throw;
                }
                logger.TrustGraphRebuilt(
                    full ? "full" : $"{changed.Count} changed",
                    graph.NodeCount,
                    graph.EdgeCount,
                    (int)clock.GetElapsedTime(started).TotalMilliseconds
                );
                return graph;
            },
            logger,
            "trust graph"
        );
    }

    /// <summary>The latest snapshot, or null before the first build finished.</summary>
    public TrustGraph? Current => _snapshot.Current;

    /// <summary>This trust relationship was created or changed: the next lookup must see it. Cheap; call it after SaveChanges.</summary>
    public void Invalidate(Guid relationshipId)
    {
        _changed.Enqueue(relationshipId);
        _snapshot.Invalidate();
    }

    /// <summary>
    /// Compares these people's trust in the store with the current snapshot and re-reads the relationships that differ
    /// (<see cref="Invalidate(Guid)"/>). The lookup directory's change-log follower calls it with the people the log
    /// named (a trust change names both), so trust changed through another instance on the same database reaches this
    /// one's graph as soon as a profile change does; for a change made here the notifier was first and nothing
    /// differs. One indexed query for the people's relationships; no graph is built unless something differs.
    /// </summary>
    public async Task CatchUpAsync(NetworkDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        var graph = Current;
        if (graph is null || people.Count == 0)
            return;
        var now = _clock.GetUtcNow();
        var stored = new Dictionary<Guid, TrustEdge?>();
        foreach (var chunk in people.Chunk(500))
        foreach (
            var row in await db
                .TrustRelationships.AsNoTracking()
                .Where(t => chunk.Contains(t.ProposerId) || chunk.Contains(t.RecipientId))
                .ToListAsync(ct)
        )
            stored[row.Id] = TrustEdge.From(row, now);
        var held = new Dictionary<Guid, TrustEdge>();
        foreach (var person in people)
            if (graph.TryGetNode(person, out var node))
                foreach (var edge in graph.EdgesAt(node))
                    held[edge.RelationshipId] = edge;
        var differ = new HashSet<Guid>();
        foreach (var (id, edge) in stored)
        {
            var has = held.TryGetValue(id, out var h);
            // An edge that merely expired since the snapshot is not a difference: the search already skips it.
            if (edge is { } e ? !has || h != e : has && h.IsValidAt(now.UtcTicks))
                differ.Add(id);
        }
        differ.UnionWith(held.Keys.Where(id => !stored.ContainsKey(id)));
        foreach (var id in differ)
            Invalidate(id);
    }

    /// <summary>Trust changed in ways not named by id: re-read everything before the next lookup.</summary>
    public void Invalidate()
    {
        _full = true;
        _snapshot.Invalidate();
    }

    public void RefreshInBackground()
    {
        _full = true;
        _snapshot.RefreshInBackground();
    }

    /// <summary>
    /// The snapshot including every invalidation made before this call; null while the very first build is
    /// still running (the caller then searches with <see cref="SqlTrustSearch"/>).
    /// </summary>
    public ValueTask<TrustGraph?> GetAsync(CancellationToken ct) => _snapshot.GetAsync(waitForFirst: false, ct);
}
