using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Persistence;

namespace Network.Application.Lookups;

/// <summary>
/// Restricted contact points a lookup showed, queued and written through <see cref="AuditLog.RestrictedRead"/> in
/// one transaction about every second (and at shutdown) by <see cref="LookupMaintenance"/>. A lookup shows trusted
/// mobiles on most answers; a synchronous commit (an fsync) per lookup would dominate its cost. Each event keeps the
/// viewer and the moment of the read; a crash can lose at most the last second of events. The same viewer seeing the
/// same contact point again within that second (a repeated or refreshed lookup) is recorded once, at its first read.
/// The concern is never part of an event.
/// </summary>
public sealed class RestrictedReadAudit(IServiceScopeFactory scopes)
{
    private readonly ConcurrentQueue<Read> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    private sealed record Read(Viewer Viewer, DateTimeOffset At, Guid ContactPointId, Guid OwnerId, string Municipality, string Rule);

    public void Record(Viewer viewer, DateTimeOffset at, Guid contactPointId, Guid ownerId, string municipality, string rule) =>
        _pending.Enqueue(new Read(viewer, at, contactPointId, ownerId, municipality, rule));

    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            if (_pending.IsEmpty) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var seen = new HashSet<(string, Guid, string)>();
            while (_pending.TryDequeue(out var r))
                if (seen.Add((r.Viewer.Subject, r.ContactPointId, r.Rule)))
                    new AuditLog(db, new AsViewer(r.Viewer), new At(r.At)).RestrictedRead("contact-point", r.ContactPointId, r.OwnerId, r.Municipality, r.Rule);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            _flushing.Release();
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
