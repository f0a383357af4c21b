using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Audit;

namespace Network.Application.Persistence.Configurations;

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
