using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class WorkshopAgreementConfiguration : IEntityTypeConfiguration<WorkshopAgreement>
{
    public void Configure(EntityTypeBuilder<WorkshopAgreement> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Text).HasMaxLength(1000);
        b.HasIndex(a => a.WorkshopId);
        b.HasIndex(a => new { a.Status, a.DueOn });
        b.HasOne<Workshop>().WithMany().HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Professional>().WithMany().HasForeignKey(a => a.OwnerProfessionalId).OnDelete(DeleteBehavior.Restrict);
    }
}
