using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Domain.Audit;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Application.ContactLookup.Index;

/// <summary>
/// Invalidates the lookup directory after any save that changed what a lookup shows (people, contact points and
/// their visibility, memberships, organisations, routes, covenants, catalogues, workshops), so no service has to
/// remember to. Audit events, lookup counters, the change log, data protection keys and trust (the trust graph has
/// its own notifier) do not count.
/// </summary>
public sealed class DirectoryChangeInterceptor(LookupDirectoryProvider directory) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
            return;
        var relevant = context
            .ChangeTracker.Entries()
            .Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity
                    is not (
                        AuditEvent
                        or LookupCounter
                        or TrustRelationship
                        or WorkshopParticipant
                        or Changes.ChangeLogEntry
                        or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
                    )
            );
        if (relevant)
            _pending.AddOrUpdate(context, true);
    }

    private void Notify(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
            directory.Invalidate();
    }
}
