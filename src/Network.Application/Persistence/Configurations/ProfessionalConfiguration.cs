using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Catalogues;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class ProfessionalConfiguration : IEntityTypeConfiguration<Professional>
{
    public void Configure(EntityTypeBuilder<Professional> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.GivenName).HasMaxLength(100);
        b.Property(p => p.FamilyName).HasMaxLength(100);
        b.Property(p => p.About).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.DisplayName);
        b.HasIndex(p => new { p.FamilyName, p.GivenName });
        b.HasOne<Profession>().WithMany().HasForeignKey(p => p.ProfessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Municipalities).WithOne().HasForeignKey(m => m.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Domains).WithOne().HasForeignKey(d => d.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.ContactPoints).WithOne().HasForeignKey(c => c.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.RoleTitle).HasMaxLength(200);
        b.HasIndex(m => m.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProfessionalMunicipalityConfiguration : IEntityTypeConfiguration<ProfessionalMunicipality>
{
    public void Configure(EntityTypeBuilder<ProfessionalMunicipality> b)
    {
        b.HasKey(m => new { m.ProfessionalId, m.MunicipalityCode });
        b.HasIndex(m => m.MunicipalityCode);
        b.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProfessionalDomainConfiguration : IEntityTypeConfiguration<ProfessionalDomain>
{
    public void Configure(EntityTypeBuilder<ProfessionalDomain> b)
    {
        b.HasKey(d => new { d.ProfessionalId, d.DomainId });
        b.HasOne<DomainEntity>().WithMany().HasForeignKey(d => d.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Value).HasMaxLength(320);
        b.HasIndex(c => c.ProfessionalId);
    }
}
