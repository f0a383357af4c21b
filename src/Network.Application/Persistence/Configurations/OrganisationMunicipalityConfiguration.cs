using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class OrganisationMunicipalityConfiguration : IEntityTypeConfiguration<OrganisationMunicipality>
{
    public void Configure(EntityTypeBuilder<OrganisationMunicipality> b)
    {
        b.HasKey(m => new { m.OrganisationId, m.MunicipalityCode });
        b.HasIndex(m => m.MunicipalityCode);
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
