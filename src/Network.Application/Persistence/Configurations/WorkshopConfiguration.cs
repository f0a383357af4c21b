using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Municipalities;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

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
        b.HasMany(w => w.OutcomeEditors).WithOne().HasForeignKey(e => e.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}
