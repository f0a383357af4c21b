using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Trust.Graph;

namespace Network.Application.Trust.Graph;

/// <summary>
/// Holds the current <see cref="TrustGraph"/> and swaps in a new one when trust changes.
/// <para>
/// Code that changes trust calls <see cref="Invalidate"/> after saving. The rebuild starts in the background at
/// once (bursts coalesce, see <see cref="RebuildingSnapshot{T}"/>) and the next lookup waits for it, so a change
/// is visible to the very next lookup; lookups that do not follow a change never wait. Expiry needs no rebuild:
/// every edge carries its expiry and the search skips edges that aged out. The periodic refresh
/// (<see cref="RefreshInBackground"/>, from <c>LookupMaintenance</c>) catches writes made outside this process.
/// </para>
/// </summary>
public sealed class TrustGraphSnapshotProvider
{
    private readonly RebuildingSnapshot<TrustGraph> _snapshot;

    public TrustGraphSnapshotProvider(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrustGraphSnapshotProvider> logger)
    {
        _snapshot = new RebuildingSnapshot<TrustGraph>(async ct =>
        {
            var started = clock.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var graph = await TrustGraphLoader.LoadAsync(db, clock.GetUtcNow(), ct);
            logger.LogInformation("Trust graph rebuilt: {Nodes} people, {Edges} edges in {Elapsed} ms",
                graph.NodeCount, graph.EdgeCount, (int)clock.GetElapsedTime(started).TotalMilliseconds);
            return graph;
        }, logger, "trust graph");
    }

    /// <summary>The latest snapshot, or null before the first build finished.</summary>
    public TrustGraph? Current => _snapshot.Current;

    /// <summary>Trust changed: the next lookup must see it. Cheap; call it after SaveChanges.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    public void RefreshInBackground() => _snapshot.RefreshInBackground();

    /// <summary>
    /// The snapshot including every invalidation made before this call; null while the very first build is
    /// still running (the caller then searches with <see cref="SqlTrustSearch"/>).
    /// </summary>
    public ValueTask<TrustGraph?> GetAsync(CancellationToken ct) => _snapshot.GetAsync(waitForFirst: false, ct);
}
