using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Application.Persistence;
using Network.Domain.Catalogues;
using Network.Domain.Covenants;
using Network.Domain.EscalationRoutes;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Changes;

/// <summary>
/// Writes the change log in the same save (so the same transaction) as every change, whichever service made it: for
/// each changed row the entity a mirror keeps that it belongs to (a contact point is part of its professional, a
/// served municipality part of its organisation), the entities whose representation shows it (the members of an
/// organisation that was renamed or stopped serving a municipality, the covenants it signed, the routes naming it),
/// and both people of a trust relationship (trust decides which contact points each sees of the other). Where the
/// change may alter who sees the entity, the entry records its <see cref="VisibilityScope"/> before and after.
/// <para>
/// Mirrors follow <see cref="ChangeLogEntry.Seq"/> (<c>after=&lt;seq&gt;</c>), so a row must never become visible
/// after a row with a higher seq: SQLite's single writer guarantees that. PostgreSQL hands out identity values at
/// insert time, not at commit, so two concurrent saves could commit seq 11 before seq 10 and a mirror that read 11
/// would never see 10. There every save that writes change-log rows first takes one transaction-scoped advisory lock
/// (<see cref="PostgresLocks.ChangeLogOrder"/>, held until commit): change-log writers take turns from their first row to their commit,
/// so seqs become visible in their order. Saves that write no change-log rows (audit events, lookup counters, the
/// outbox) and reads do not wait. A save inside an explicit transaction holds the lock until that commits, so such a
/// transaction must not wait for another context's save meanwhile.
/// </para>
/// </summary>
public sealed class ChangeRecorder(TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly string TakeOrderLock = PostgresLocks.TakeTurn(PostgresLocks.ChangeLogOrder);

    private readonly ConditionalWeakTable<DbContext, object> _lockOnStart = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // SQLite's provider runs "async" calls synchronously, so this does not block on I/O of another thread.
        if (eventData.Context is NetworkDbContext db)
            RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is NetworkDbContext db)
            await RecordAsync(db, cancellationToken);
        return result;
    }

    private async Task RecordAsync(NetworkDbContext db, CancellationToken ct)
    {
        var roots = new Dictionary<(ChangeEntityType Type, string Id), Root>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                Collect(entry, roots);
        if (roots.Count == 0)
            return;

        var now = clock.GetUtcNow();
        var log = new List<ChangeLogEntry>();
        foreach (var ((type, id), root) in roots)
        {
            var (before, after) = root.ScopeMayChange ? await ScopesAsync(db, type, id, ct) : (null, null);
            log.Add(
                new ChangeLogEntry
                {
                    EntityType = type,
                    EntityId = id,
                    Before = before?.ToString(),
                    After = after?.ToString(),
                    RecordedAt = now,
                }
            );
        }
        foreach (var key in await DependentsAsync(db, roots, ct))
            if (!roots.ContainsKey(key))
                log.Add(
                    new ChangeLogEntry
                    {
                        EntityType = key.Type,
                        EntityId = key.Id,
                        RecordedAt = now,
                    }
                );
        db.Set<ChangeLogEntry>().AddRange(log);
        if (db.IsPostgres())
            await OrderAsync(db, ct);
    }

    /// <summary>
    /// Inside the caller's transaction: take the lock now. Otherwise make EF open a transaction for this save (it may
    /// send a single batch without one) and take the lock when it starts, before the first insert.
    /// </summary>
    private async Task OrderAsync(NetworkDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync(TakeOrderLock, ct);
            return;
        }
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        _lockOnStart.AddOrUpdate(db, db);
    }

    public DbTransaction TransactionStarted(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result
    )
    {
        if (eventData.Context is { } db && _lockOnStart.Remove(db))
            Lock(connection, result).ExecuteNonQuery();
        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is { } db && _lockOnStart.Remove(db))
            await Lock(connection, result).ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Lock(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TakeOrderLock;
        return command;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Restore(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        Restore(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Restore(eventData.Context);

    public override Task SaveChangesFailedAsync(
        DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Restore(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The context's own transaction behaviour again for its next save (a long-lived context saves often).</summary>
    private void Restore(DbContext? db)
    {
        if (db is null || !db.Database.IsNpgsql())
            return;
        _lockOnStart.Remove(db);
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
    }

    /// <summary>A changed entity; <c>ScopeMayChange</c>: who may see it may differ; <c>Shown</c>: what others show of it.</summary>
    private sealed record Root(bool ScopeMayChange, bool Shown);

    private static void Collect(EntityEntry e, Dictionary<(ChangeEntityType, string), Root> roots)
    {
        var created = e.State is EntityState.Added or EntityState.Deleted;
        switch (e.Entity)
        {
            case Organisation o:
                Add(roots, ChangeEntityType.Organisation, o.Id, created || Changed(e, nameof(o.IsActive)), true);
                break;
            case OrganisationMunicipality x:
                Add(roots, ChangeEntityType.Organisation, x.OrganisationId, true, true);
                break;
            case OrganisationDomain x:
                Add(roots, ChangeEntityType.Organisation, x.OrganisationId);
                break;
            case OrganisationContactPoint x:
                Add(roots, ChangeEntityType.Organisation, x.OrganisationId);
                break;
            case Professional p:
                var scope = created || Changed(e, nameof(p.IsActive)) || Changed(e, nameof(p.ListingStatus));
                Add(roots, ChangeEntityType.Professional, p.Id, scope, true);
                break;
            case ProfessionalMunicipality x:
                Add(roots, ChangeEntityType.Professional, x.ProfessionalId, true, true);
                break;
            case ProfessionalDomain x:
                Add(roots, ChangeEntityType.Professional, x.ProfessionalId);
                break;
            case ContactPoint x:
                Add(roots, ChangeEntityType.Professional, x.ProfessionalId);
                break;
            case Membership x:
                Add(roots, ChangeEntityType.Professional, x.ProfessionalId);
                break;
            case TrustRelationship t:
                Add(roots, ChangeEntityType.Professional, t.ProposerId);
                Add(roots, ChangeEntityType.Professional, t.RecipientId);
                break;
            case Covenant c:
                Add(roots, ChangeEntityType.Covenant, c.Id, created);
                break;
            case CovenantMunicipality x:
                Add(roots, ChangeEntityType.Covenant, x.CovenantId, true);
                break;
            case CovenantSignatory x:
                Add(roots, ChangeEntityType.Covenant, x.CovenantId);
                break;
            case Route r:
                Add(roots, ChangeEntityType.Route, r.Id, created);
                break;
            case RouteStep s:
                Add(roots, ChangeEntityType.Route, s.RouteId);
                break;
            case Municipality m:
                Add(roots, ChangeEntityType.Municipality, m.Code, created);
                break;
            case DomainEntity d:
                Add(roots, ChangeEntityType.Domain, d.Id, created);
                break;
            case Profession p:
                Add(roots, ChangeEntityType.Profession, p.Id, created);
                break;
            case ConcernType c:
                Add(roots, ChangeEntityType.ConcernType, c.Id, created);
                break;
        }
    }

    private static bool Changed(EntityEntry e, string property) => e.Property(property).IsModified;

    private static void Add(
        Dictionary<(ChangeEntityType, string), Root> roots,
        ChangeEntityType type,
        object id,
        bool scopeMayChange = false,
        bool shown = false
    )
    {
        var key = (type, Key(id));
        roots[key] = roots.TryGetValue(key, out var r)
            ? new Root(r.ScopeMayChange || scopeMayChange, r.Shown || shown)
            : new Root(scopeMayChange, shown);
    }

    /// <summary>The id as the change log and the feed write it: a UUID in lower case, or the catalogue id.</summary>
    public static string Key(object id) => id is Guid g ? g.ToString("D") : id.ToString()!;

    private static async Task<(VisibilityScope Before, VisibilityScope After)> ScopesAsync(
        NetworkDbContext db,
        ChangeEntityType type,
        string id,
        CancellationToken ct
    )
    {
        switch (type)
        {
            case ChangeEntityType.Organisation:
            {
                var guid = Guid.Parse(id);
                var entry = db.ChangeTracker.Entries<Organisation>().FirstOrDefault(x => x.Entity.Id == guid);
                var stored =
                    entry?.State == EntityState.Added
                        ? null
                        : await db
                            .Organisations.AsNoTracking()
                            .Where(o => o.Id == guid)
                            .Select(o => new
                            {
                                o.IsActive,
                                Codes = o.Municipalities.Select(m => m.MunicipalityCode).ToList(),
                            })
                            .FirstOrDefaultAsync(ct);
                var before = stored is null
                    ? VisibilityScope.Absent
                    : VisibilityScope.Of(stored.IsActive, true, stored.Codes);
                var rows = db
                    .ChangeTracker.Entries<OrganisationMunicipality>()
                    .Where(x => x.Entity.OrganisationId == guid)
                    .Select(x => (x.State, x.Entity.MunicipalityCode));
                var after =
                    entry?.State == EntityState.Deleted || (stored is null && entry is null)
                        ? VisibilityScope.Absent
                        : VisibilityScope.Of(entry?.Entity.IsActive ?? stored!.IsActive, true, Apply(before, rows));
                return (before, after);
            }
            case ChangeEntityType.Professional:
            {
                var guid = Guid.Parse(id);
                var entry = db.ChangeTracker.Entries<Professional>().FirstOrDefault(x => x.Entity.Id == guid);
                var stored =
                    entry?.State == EntityState.Added
                        ? null
                        : await db
                            .Professionals.AsNoTracking()
                            .Where(p => p.Id == guid)
                            .Select(p => new
                            {
                                p.IsActive,
                                p.ListingStatus,
                                Codes = p.Municipalities.Select(m => m.MunicipalityCode).ToList(),
                            })
                            .FirstOrDefaultAsync(ct);
                var before = stored is null
                    ? VisibilityScope.Absent
                    : VisibilityScope.Of(stored.IsActive, stored.ListingStatus == ListingStatus.Listed, stored.Codes);
                var rows = db
                    .ChangeTracker.Entries<ProfessionalMunicipality>()
                    .Where(x => x.Entity.ProfessionalId == guid)
                    .Select(x => (x.State, x.Entity.MunicipalityCode));
                var after =
                    entry?.State == EntityState.Deleted || (stored is null && entry is null)
                        ? VisibilityScope.Absent
                        : VisibilityScope.Of(
                            entry?.Entity.IsActive ?? stored!.IsActive,
                            (entry?.Entity.ListingStatus ?? stored!.ListingStatus) == ListingStatus.Listed,
                            Apply(before, rows)
                        );
                return (before, after);
            }
            case ChangeEntityType.Covenant:
            {
                var guid = Guid.Parse(id);
                var entry = db.ChangeTracker.Entries<Covenant>().FirstOrDefault(x => x.Entity.Id == guid);
                var stored =
                    entry?.State == EntityState.Added
                        ? null
                        : await db
                            .Covenants.AsNoTracking()
                            .Where(c => c.Id == guid)
                            .Select(c => new { Codes = c.Municipalities.Select(m => m.MunicipalityCode).ToList() })
                            .FirstOrDefaultAsync(ct);
                var before = stored is null ? VisibilityScope.Absent : VisibilityScope.Of(true, true, stored.Codes);
                var rows = db
                    .ChangeTracker.Entries<CovenantMunicipality>()
                    .Where(x => x.Entity.CovenantId == guid)
                    .Select(x => (x.State, x.Entity.MunicipalityCode));
                var after =
                    entry?.State == EntityState.Deleted || (stored is null && entry is null)
                        ? VisibilityScope.Absent
                        : VisibilityScope.Of(true, true, Apply(before, rows));
                return (before, after);
            }
            default:
            {
                // Routes, municipalities and catalogue entries: who sees them never changes while they exist.
                var entry = db
                    .ChangeTracker.Entries()
                    .First(x => x.State != EntityState.Unchanged && Identifies(x.Entity, type, id));
                var present = VisibilityScope.Of(true, true, entry.Entity is Route r ? [r.MunicipalityCode] : [id]);
                return (
                    entry.State == EntityState.Added ? VisibilityScope.Absent : present,
                    entry.State == EntityState.Deleted ? VisibilityScope.Absent : present
                );
            }
        }
    }

    private static bool Identifies(object entity, ChangeEntityType type, string id) =>
        (type, entity) switch
        {
            (ChangeEntityType.Route, Route r) => Key(r.Id) == id,
            (ChangeEntityType.Municipality, Municipality m) => m.Code == id,
            (ChangeEntityType.Domain, DomainEntity d) => d.Id == id,
            (ChangeEntityType.Profession, Profession p) => p.Id == id,
            (ChangeEntityType.ConcernType, ConcernType c) => c.Id == id,
            _ => false,
        };

    private static List<string> Apply(VisibilityScope before, IEnumerable<(EntityState State, string Code)> rows)
    {
        var codes = before.Municipalities.ToHashSet();
        foreach (var (state, code) in rows)
            if (state == EntityState.Added)
                codes.Add(code);
            else if (state == EntityState.Deleted)
                codes.Remove(code);
        return codes.ToList();
    }

    /// <summary>
    /// The entities that show a changed one: an organisation's name and visibility appear in its members' memberships,
    /// in the covenants it signed and in routes naming it; a professional's name in routes naming them.
    /// </summary>
    private static async Task<List<(ChangeEntityType Type, string Id)>> DependentsAsync(
        NetworkDbContext db,
        Dictionary<(ChangeEntityType Type, string Id), Root> roots,
        CancellationToken ct
    )
    {
        var organisations = Shown(roots, ChangeEntityType.Organisation);
        var professionals = Shown(roots, ChangeEntityType.Professional);
        var result = new List<(ChangeEntityType, string)>();
        if (organisations.Count > 0)
        {
            var members = await db
                .Memberships.AsNoTracking()
                .Where(m => organisations.Contains(m.OrganisationId))
                .Select(m => m.ProfessionalId)
                .Distinct()
                .ToListAsync(ct);
            result.AddRange(members.Select(id => (ChangeEntityType.Professional, Key(id))));
            var covenants = await db
                .Covenants.AsNoTracking()
                .Where(c => c.Signatories.Any(s => organisations.Contains(s.OrganisationId)))
                .Select(c => c.Id)
                .ToListAsync(ct);
            result.AddRange(covenants.Select(id => (ChangeEntityType.Covenant, Key(id))));
        }
        if (organisations.Count > 0 || professionals.Count > 0)
        {
            var routes = await db
                .Routes.AsNoTracking()
                .Where(r =>
                    r.Steps.Any(s =>
                        (s.OrganisationId != null && organisations.Contains(s.OrganisationId.Value))
                        || (s.ProfessionalId != null && professionals.Contains(s.ProfessionalId.Value))
                    )
                )
                .Select(r => r.Id)
                .ToListAsync(ct);
            result.AddRange(routes.Select(id => (ChangeEntityType.Route, Key(id))));
        }
        return result;
    }

    private static List<Guid> Shown(
        Dictionary<(ChangeEntityType Type, string Id), Root> roots,
        ChangeEntityType type
    ) => roots.Where(r => r.Key.Type == type && r.Value.Shown).Select(r => Guid.Parse(r.Key.Id)).ToList();
}
