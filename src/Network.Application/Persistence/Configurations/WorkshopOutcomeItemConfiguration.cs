using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class WorkshopOutcomeItemConfiguration : IEntityTypeConfiguration<WorkshopOutcomeItem>
{
    public void Configure(EntityTypeBuilder<WorkshopOutcomeItem> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Text).HasMaxLength(1000);
        b.Property(i => i.Theme).HasMaxLength(80);
        b.HasIndex(i => i.WorkshopId);
        b.HasOne<Workshop>().WithMany().HasForeignKey(i => i.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}
