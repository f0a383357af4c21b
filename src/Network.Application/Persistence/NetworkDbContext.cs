using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Network.Domain.Accounts;
using Network.Domain.Audit;
using Network.Domain.Catalogues;
using Network.Domain.Covenants;
using Network.Domain.EscalationRoutes;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using Network.Domain.Workshops;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence;

/// <summary>
/// The one store. Only the application layer's services use it; the API doors never do. It also holds the data
/// protection key ring (<see cref="DataProtectionKeys"/>), so a session cookie made by one instance opens on another.
/// </summary>
public sealed class NetworkDbContext(DbContextOptions<NetworkDbContext> options)
    : DbContext(options),
        IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<DomainEntity> Domains => Set<DomainEntity>();
    public DbSet<Profession> Professions => Set<Profession>();
    public DbSet<ConcernType> ConcernTypes => Set<ConcernType>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Professional> Professionals => Set<Professional>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ContactPoint> ContactPoints => Set<ContactPoint>();
    public DbSet<TrustRelationship> TrustRelationships => Set<TrustRelationship>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();
    public DbSet<WorkshopOutcomeItem> WorkshopOutcomeItems => Set<WorkshopOutcomeItem>();
    public DbSet<WorkshopAgreement> WorkshopAgreements => Set<WorkshopAgreement>();
    public DbSet<WorkshopEvaluation> WorkshopEvaluations => Set<WorkshopEvaluation>();
    public DbSet<Route> Routes => Set<Route>();
    public DbSet<Covenant> Covenants => Set<Covenant>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<LookupCounter> LookupCounters => Set<LookupCounter>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<SystemClient> SystemClients => Set<SystemClient>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Mail.OutboxMessage> OutboxMessages => Set<Mail.OutboxMessage>();
    public DbSet<Changes.ChangeLogEntry> ChangeLog => Set<Changes.ChangeLogEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NetworkDbContext).Assembly);
        // Ids are created by the entities themselves (Guid v7); telling EF so makes it insert, not update,
        // entities newly added to a tracked parent's collection.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()))
            if (key?.Properties is [{ ClrType: var t } id] && t == typeof(Guid))
                id.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC ticks so range queries translate.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // PostgreSQL would sort and compare text by the database's locale; "C" compares bytes as SQLite's BINARY does,
        // so ordered lists and keyset cursors over names come out the same on both stores, whatever the server's locale.
        if (Database.IsNpgsql())
            configurationBuilder.Properties<string>().UseCollation("C");
    }
}
