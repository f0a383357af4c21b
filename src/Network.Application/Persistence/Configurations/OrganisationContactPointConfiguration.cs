using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Organisations;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class OrganisationContactPointConfiguration : IEntityTypeConfiguration<OrganisationContactPoint>
{
    public void Configure(EntityTypeBuilder<OrganisationContactPoint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Value).HasMaxLength(320);
        b.Property(c => c.Label).HasMaxLength(100);
    }
}
