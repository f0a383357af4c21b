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
        b.HasMany(p => p.Municipalities)
            .WithOne()
            .HasForeignKey(m => m.ProfessionalId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Domains).WithOne().HasForeignKey(d => d.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.ContactPoints).WithOne().HasForeignKey(c => c.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
    }
}
