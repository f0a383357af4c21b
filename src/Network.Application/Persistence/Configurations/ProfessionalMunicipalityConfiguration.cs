using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Municipalities;
using Network.Domain.Professionals;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class ProfessionalMunicipalityConfiguration : IEntityTypeConfiguration<ProfessionalMunicipality>
{
    public void Configure(EntityTypeBuilder<ProfessionalMunicipality> b)
    {
        b.HasKey(m => new { m.ProfessionalId, m.MunicipalityCode });
        b.HasIndex(m => m.MunicipalityCode);
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
