using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Persistence;

namespace Network.Application.ContactLookup;

/// <summary>
/// All that is kept of lookups: a count per (municipality, concern type, day). Counted in memory and added to
/// <c>LookupCounters</c> every few seconds (and at shutdown) by <see cref="LookupMaintenance"/>, so a lookup
/// never waits for a database write. A crash loses at most the last few seconds of counts.
/// </summary>
public sealed class LookupCounterBuffer(IServiceScopeFactory scopes) : IDisposable
{
    private ConcurrentDictionary<(string Municipality, string Concern, DateOnly Day), int> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);

    public void Count(string municipality, string concernType, DateOnly day) =>
        _pending.AddOrUpdate((municipality, concernType, day), 1, (_, n) => n + 1);

    /// <summary>Adds the counted lookups to the store.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            if (_pending.IsEmpty)
                return;
            var batch = Interlocked.Exchange(ref _pending, new());
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var ((municipality, concern, day), count) in batch)
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "LookupCounters" ("MunicipalityCode", "ConcernTypeId", "Day", "Count") VALUES ({municipality}, {concern}, {day}, {count})
                    ON CONFLICT ("MunicipalityCode", "ConcernTypeId", "Day") DO UPDATE SET "Count" = "LookupCounters"."Count" + excluded."Count"
                    """,
                    ct
                );
            await tx.CommitAsync(ct);
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose() => _flushing.Dispose();
}
