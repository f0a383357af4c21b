using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Persistence;

namespace Network.Application.Lookups;

/// <summary>
/// Records the restricted contact points a lookup showed, through <see cref="AuditLog.RestrictedRead"/>, before the
/// answer leaves: <see cref="RecordAsync"/> returns once the events are committed, so a crash after the answer cannot
/// lose them. Group commit keeps that cheap under load: while one lookup's transaction commits, the lookups that
/// arrive meanwhile queue up, and the next one to get the writer's turn commits all of them in one transaction
/// (one fsync for many answers). A failed write fails every lookup of its group: no answer shows a restricted
/// contact point without its record. The same viewer seeing the same contact point under the same rule twice in
/// one group is recorded once. The concern is never part of an event.
/// </summary>
public sealed class RestrictedReadAudit(IServiceScopeFactory scopes)
{
    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>One restricted contact point shown to the viewer.</summary>
    public readonly record struct Read(Guid ContactPointId, Guid OwnerId, string Rule);

    private sealed record Pending(Viewer Viewer, DateTimeOffset At, string Municipality, IReadOnlyList<Read> Reads)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when the reads are durable; throws when they could not be written.</summary>
    public async Task RecordAsync(Viewer viewer, DateTimeOffset at, string municipality, IReadOnlyList<Read> reads, CancellationToken ct)
    {
        if (reads.Count == 0) return;
        var mine = new Pending(viewer, at, municipality, reads);
        _queue.Enqueue(mine);
        // Not cancellable: once queued, the reads are written whether or not this caller still waits for them.
        await _writer.WaitAsync(CancellationToken.None);
        try
        {
            if (!mine.Committed.Task.IsCompleted) await CommitQueuedAsync();
        }
        finally
        {
            _writer.Release();
        }
        await mine.Committed.Task.WaitAsync(ct);
    }

    private async Task CommitQueuedAsync()
    {
        var group = new List<Pending>();
        while (_queue.TryDequeue(out var p)) group.Add(p);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var seen = new HashSet<(string, Guid, string)>();
            foreach (var p in group)
            {
                var log = new AuditLog(db, new AsViewer(p.Viewer), new At(p.At));
                foreach (var r in p.Reads)
                    if (seen.Add((p.Viewer.Subject, r.ContactPointId, r.Rule)))
                        log.RestrictedRead("contact-point", r.ContactPointId, r.OwnerId, p.Municipality, r.Rule);
            }
            await db.SaveChangesAsync(CancellationToken.None);
            foreach (var p in group) p.Committed.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var p in group) p.Committed.TrySetException(e);
        }
    }

    private sealed class AsViewer(Viewer viewer) : ICurrentViewer
    {
        public Viewer Viewer => viewer;
    }

    private sealed class At(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
