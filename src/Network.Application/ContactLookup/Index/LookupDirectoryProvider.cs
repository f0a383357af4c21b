using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Trust.Graph;
using Network.Domain.Trust.Graph;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Holds the lookup's in-memory directory (see <see cref="LookupDirectory"/>) and moves it along the change log.
/// <para>
/// The first build reads everything (<see cref="LookupDirectoryLoader"/>) and notes where the change log ends; from
/// then on each build is an update (<see cref="LookupDirectoryUpdater"/>): it reads the log entries written since,
/// re-reads only the entities they name and derives the next directory, in milliseconds at national scale. Three
/// things start one: a local save that changed what a lookup shows (<see cref="DirectoryChangeInterceptor"/> calls
/// <see cref="Invalidate"/>; lookups that follow wait for it up to <see cref="MaxWait"/>, so the next lookup sees the
/// change), a short timer (<see cref="FollowInBackground"/>, from <c>LookupMaintenance</c>: this is how a change made
/// by another instance on the same database arrives, within the timer's period plus an update; nobody waits for
/// it), and the periodic refresh (<see cref="RefreshInBackground"/>): a full rebuild that compacts emptied slots and
/// moves memberships across day boundaries. A failed build, or a burst too large to apply, falls back to a full
/// rebuild; lookups keep answering from the previous snapshot meanwhile. Lookups that do not follow a change never wait.
/// </para>
/// </summary>
public sealed class LookupDirectoryProvider
{
    private readonly RebuildingSnapshot<LookupDirectory> _snapshot;
    private volatile bool _full = true;
    private SlotNodeMap? _nodeMap;
    private long _fullBuilds;

    public LookupDirectoryProvider(
        IServiceScopeFactory scopes,
        TrustGraphSnapshotProvider trust,
        TimeProvider clock,
        ILogger<LookupDirectoryProvider> logger
    )
    {
        _snapshot = new RebuildingSnapshot<LookupDirectory>(
            async ct =>
            {
                var started = clock.GetTimestamp();
                var previous = _snapshot!.Current;
                var full = _full || previous is null;
                _full = false;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    if (!full)
                    {
                        var update = await LookupDirectoryUpdater.ApplyAsync(db, previous!, today, clock, ct);
                        if (update is not null)
                        {
                            await CatchUpTrustAsync(db, update.Professionals, ct);
                            if (update.Entries > 0)
                                logger.LookupDirectoryUpdated(
                                    update.Entries,
                                    update.People,
                                    clock.GetElapsedTime(started).TotalMilliseconds
                                );
                            return update.Directory;
                        }
                    }
                    var directory = await LookupDirectoryLoader.LoadAsync(db, today, ct);
                    Interlocked.Increment(ref _fullBuilds);
                    logger.LookupDirectoryRebuilt(
                        directory.PersonIndex.Count,
                        (int)clock.GetElapsedTime(started).TotalMilliseconds
                    );
                    return directory;
                }
                catch
                {
                    _full = true; // whatever went wrong, the retry starts from scratch
                    throw;
                }
            },
            logger,
            "lookup directory"
        );

        async Task CatchUpTrustAsync(NetworkDbContext db, List<Guid> people, CancellationToken ct)
        {
            try
            {
                await trust.CatchUpAsync(db, people, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The directory update stands; the graph's periodic refresh re-reads everything.
                logger.SnapshotRebuildFailed(e, "trust graph (catching up)");
            }
        }
    }

    /// <summary>Something a lookup shows changed here: the next lookup must see it. Cheap; call it after SaveChanges.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    /// <summary>Applies what the change log gained (other instances' writes too) without making lookups wait for it.</summary>
    public void FollowInBackground() => _snapshot.RefreshInBackground();

    /// <summary>Rebuilds the whole directory in the background (the periodic safety net).</summary>
    public void RefreshInBackground()
    {
        _full = true;
        _snapshot.RefreshInBackground();
    }

    public bool IsBuilt => _snapshot.Current is not null;

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(1);

    /// <summary>Waits, without a cap, until every invalidation so far is built in (tests, start-up checks).</summary>
    internal async Task WaitUntilCurrentAsync(CancellationToken ct) => await _snapshot.GetAsync(waitForFirst: true, ct);

    /// <summary>Rebuilds the whole directory and waits for it (tests compare it with what following the log gave).</summary>
    internal async Task RebuildAsync(CancellationToken ct)
    {
        _full = true;
        _snapshot.Invalidate();
        await WaitUntilCurrentAsync(ct);
    }

    /// <summary>How many full builds ran (tests: an update must not have fallen back to one).</summary>
    internal long FullBuilds => Interlocked.Read(ref _fullBuilds);

    /// <summary>The current snapshot without waiting (null before the first build).</summary>
    internal LookupDirectory? Current => _snapshot.Current;

    internal async ValueTask<LookupDirectory> GetAsync(CancellationToken ct) =>
        await _snapshot.GetAsync(waitForFirst: true, ct, MaxWait)
        ?? throw new InvalidOperationException("The lookup directory could not be built; see the log.");

    /// <summary>
    /// Graph node of every directory slot (-1 when empty or without trust) and, the other way, the directory slot of
    /// every graph node (-1 when the node's person is not listed), computed once per (directory, graph) pair so a
    /// lookup reads distances by array index instead of hashing each candidate's id. After an update of the directory
    /// alone, the previous maps are copied (flat arrays: the lookup reads them per candidate and per reached person, so
    /// they stay flat rather than chunked) and only the changed slots are looked up again.
    /// </summary>
    internal SlotNodeMap MapOf(LookupDirectory directory, TrustGraph graph)
    {
        var map = Volatile.Read(ref _nodeMap);
        if (map is not null && map.Generation == directory.Generation && ReferenceEquals(map.Graph, graph))
            return map;
        map = SlotNodeMap.Build(directory, graph, map);
        Volatile.Write(ref _nodeMap, map);
        return map;
    }
}

/// <param name="Nodes">Graph node per directory slot, -1 for none.</param>
/// <param name="Slots">Directory slot per graph node, -1 for none.</param>
internal sealed record SlotNodeMap(long Generation, TrustGraph Graph, int[] Nodes, int[] Slots)
{
    /// <summary>The maps for this pair; from <paramref name="previous"/> when the directory was derived from its one.</summary>
    public static SlotNodeMap Build(LookupDirectory directory, TrustGraph graph, SlotNodeMap? previous)
    {
        var nodes = new int[directory.People.Length];
        var slots = new int[graph.NodeCount];
        if (
            previous is not null
            && previous.Generation == directory.DerivedFrom
            && ReferenceEquals(previous.Graph, graph)
        )
        {
            Array.Copy(previous.Nodes, nodes, Math.Min(previous.Nodes.Length, nodes.Length));
            Array.Copy(previous.Slots, slots, slots.Length);
            // Every changed slot's old node is let go before any new one is set: a person can move between slots.
            foreach (var slot in directory.ChangedSlots)
            {
                if (slot < previous.Nodes.Length && previous.Nodes[slot] is >= 0 and var old && slots[old] == slot)
                    slots[old] = -1;
                nodes[slot] = Node(slot);
            }
            foreach (var slot in directory.ChangedSlots)
                if (nodes[slot] >= 0)
                    slots[nodes[slot]] = slot;
        }
        else
        {
            Array.Fill(slots, -1);
            for (var i = 0; i < nodes.Length; i++)
                if ((nodes[i] = Node(i)) >= 0)
                    slots[nodes[i]] = i;
        }
        return new SlotNodeMap(directory.Generation, graph, nodes, slots);

        int Node(int slot) =>
            directory.People.At(slot) is { } person && graph.TryGetNode(person.Id, out var n) ? n : -1;
    }
}
