using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Trust.Graph;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Holds the lookup's in-memory directory (see <see cref="LookupDirectory"/>). Services that change what a lookup
/// shows (professionals, contact points, organisations, routes, covenants, workshops) call <see cref="Invalidate"/>
/// after saving; the rebuild starts at once and lookups that follow wait for it up to <see cref="MaxWait"/>, so
/// in a municipality-sized store (rebuilt in well under a second) the next lookup sees the change. A national
/// store takes seconds to re-read; lookups then keep answering from the previous snapshot after that wait
/// instead of stalling (the limit of a whole-directory rebuild). Lookups that do not follow a change never wait.
/// </summary>
public sealed class LookupDirectoryProvider
{
    private readonly RebuildingSnapshot<LookupDirectory> _snapshot;
    private NodeMap? _nodeMap;

    public LookupDirectoryProvider(
        IServiceScopeFactory scopes,
        TimeProvider clock,
        ILogger<LookupDirectoryProvider> logger
    )
    {
        _snapshot = new RebuildingSnapshot<LookupDirectory>(
            async ct =>
            {
                var started = clock.GetTimestamp();
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
                var directory = await LookupDirectoryLoader.LoadAsync(
                    db,
                    DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                    ct
                );
                logger.LookupDirectoryRebuilt(
                    directory.People.Length,
                    (int)clock.GetElapsedTime(started).TotalMilliseconds
                );
                return directory;
            },
            logger,
            "lookup directory"
        );
    }

    /// <summary>Something a lookup shows changed: the next lookup must see it. Cheap; call it after SaveChanges.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    public void RefreshInBackground() => _snapshot.RefreshInBackground();

    public bool IsBuilt => _snapshot.Current is not null;

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    /// <summary>Waits, without a cap, until every invalidation so far is built in (tests, start-up checks).</summary>
    internal async Task WaitUntilCurrentAsync(CancellationToken ct) => await _snapshot.GetAsync(waitForFirst: true, ct);

    internal async ValueTask<LookupDirectory> GetAsync(CancellationToken ct) =>
        await _snapshot.GetAsync(waitForFirst: true, ct, MaxWait)
        ?? throw new InvalidOperationException("The lookup directory could not be built; see the log.");

    /// <summary>
    /// Graph node of every directory person (-1 when they have no trust), computed once per (directory, graph)
    /// pair so a lookup reads distances by array index instead of hashing each candidate's id.
    /// </summary>
    internal int[] NodesOf(LookupDirectory directory, TrustGraph graph)
    {
        var map = Volatile.Read(ref _nodeMap);
        if (map is not null && ReferenceEquals(map.Directory, directory) && ReferenceEquals(map.Graph, graph))
            return map.Nodes;
        var nodes = new int[directory.People.Length];
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = graph.TryGetNode(directory.People[i].Id, out var n) ? n : -1;
        Volatile.Write(ref _nodeMap, new NodeMap(directory, graph, nodes));
        return nodes;
    }

    private sealed record NodeMap(LookupDirectory Directory, TrustGraph Graph, int[] Nodes);
}
