using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Covenants;
using Network.Domain.Municipalities;

namespace Network.Application.Persistence.Configurations;

internal sealed class CovenantMunicipalityConfiguration : IEntityTypeConfiguration<CovenantMunicipality>
{
    public void Configure(EntityTypeBuilder<CovenantMunicipality> b)
    {
        b.HasKey(m => new { m.CovenantId, m.MunicipalityCode });
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
