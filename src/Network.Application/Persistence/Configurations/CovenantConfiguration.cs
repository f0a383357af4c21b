using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Covenants;

namespace Network.Application.Persistence.Configurations;

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
