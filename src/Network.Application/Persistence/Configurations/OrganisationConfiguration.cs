using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Kind).HasMaxLength(60);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name);
        b.HasMany(o => o.Domains).WithOne().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Municipalities).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.ContactPoints).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganisationDomainConfiguration : IEntityTypeConfiguration<OrganisationDomain>
{
    public void Configure(EntityTypeBuilder<OrganisationDomain> b)
    {
        b.HasKey(d => new { d.OrganisationId, d.DomainId });
        b.HasOne<DomainEntity>().WithMany().HasForeignKey(d => d.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationMunicipalityConfiguration : IEntityTypeConfiguration<OrganisationMunicipality>
{
    public void Configure(EntityTypeBuilder<OrganisationMunicipality> b)
    {
        b.HasKey(m => new { m.OrganisationId, m.MunicipalityCode });
        b.HasIndex(m => m.MunicipalityCode);
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationContactPointConfiguration : IEntityTypeConfiguration<OrganisationContactPoint>
{
    public void Configure(EntityTypeBuilder<OrganisationContactPoint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Value).HasMaxLength(320);
        b.Property(c => c.Label).HasMaxLength(100);
    }
}
