using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Organisations;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class OrganisationDomainConfiguration : IEntityTypeConfiguration<OrganisationDomain>
{
    public void Configure(EntityTypeBuilder<OrganisationDomain> b)
    {
        b.HasKey(d => new { d.OrganisationId, d.DomainId });
        b.HasOne<DomainEntity>().WithMany().HasForeignKey(d => d.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}
