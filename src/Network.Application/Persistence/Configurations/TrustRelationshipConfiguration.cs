using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Municipalities;
using Network.Domain.Professionals;
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
