using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Audit;
using Network.Domain.Catalogues;
using Network.Domain.Covenants;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Routing;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class TrustRelationshipConfiguration : IEntityTypeConfiguration<TrustRelationship>
{
    public void Configure(EntityTypeBuilder<TrustRelationship> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => t.ProposerId);
        b.HasIndex(t => t.RecipientId);
        b.HasIndex(t => new { t.Status, t.ExpiresAt });
        b.HasOne<Professional>().WithMany().HasForeignKey(t => t.ProposerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Professional>().WithMany().HasForeignKey(t => t.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(t => t.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Workshop>().WithMany().HasForeignKey(t => t.WorkshopId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> b)
    {
        b.HasKey(w => w.Id);
        b.Property(w => w.Title).HasMaxLength(200);
        b.Property(w => w.Place).HasMaxLength(200);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.HasIndex(w => w.MunicipalityCode);
        b.HasOne<Municipality>().WithMany().HasForeignKey(w => w.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(w => w.Participants).WithOne().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> b)
    {
        b.HasKey(p => new { p.WorkshopId, p.ProfessionalId });
        b.HasIndex(p => p.ProfessionalId);
        b.HasOne<Professional>().WithMany().HasForeignKey(p => p.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RouteConfiguration : IEntityTypeConfiguration<Route>
{
    public void Configure(EntityTypeBuilder<Route> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.MunicipalityCode, r.ConcernTypeId }).IsUnique();
        b.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConcernType>().WithMany().HasForeignKey(r => r.ConcernTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RouteStepConfiguration : IEntityTypeConfiguration<RouteStep>
{
    public void Configure(EntityTypeBuilder<RouteStep> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.LineName).HasMaxLength(200);
        b.Property(s => s.LinePhone).HasMaxLength(40);
        b.Property(s => s.Note).HasMaxLength(500);
        b.HasOne<Professional>().WithMany().HasForeignKey(s => s.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Purpose).HasMaxLength(1000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Signatories).WithOne().HasForeignKey(s => s.CovenantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Municipalities).WithOne().HasForeignKey(m => m.CovenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CovenantSignatoryConfiguration : IEntityTypeConfiguration<CovenantSignatory>
{
    public void Configure(EntityTypeBuilder<CovenantSignatory> b)
    {
        b.HasKey(s => new { s.CovenantId, s.OrganisationId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CovenantMunicipalityConfiguration : IEntityTypeConfiguration<CovenantMunicipality>
{
    public void Configure(EntityTypeBuilder<CovenantMunicipality> b)
    {
        b.HasKey(m => new { m.CovenantId, m.MunicipalityCode });
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.ActorId).HasMaxLength(200);
        b.Property(a => a.ActorRole).HasMaxLength(40);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.SubjectType).HasMaxLength(60);
        b.Property(a => a.SubjectId).HasMaxLength(100);
        b.Property(a => a.Outcome).HasMaxLength(40);
        b.Property(a => a.Detail).HasMaxLength(500);
        b.HasIndex(a => new { a.MunicipalityCode, a.OccurredAt });
        b.HasIndex(a => a.SubjectProfessionalId);
    }
}

internal sealed class LookupCounterConfiguration : IEntityTypeConfiguration<LookupCounter>
{
    public void Configure(EntityTypeBuilder<LookupCounter> b) =>
        b.HasKey(c => new { c.MunicipalityCode, c.ConcernTypeId, c.Day });
}
