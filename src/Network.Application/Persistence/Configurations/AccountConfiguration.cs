using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Accounts;
using Network.Domain.Municipalities;
using Network.Domain.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Issuer).HasMaxLength(300);
        b.Property(a => a.Subject).HasMaxLength(300);
        b.Property(a => a.VerifiedEmail).HasMaxLength(320);
        b.Property(a => a.DisplayName).HasMaxLength(200);
        b.HasIndex(a => new { a.Issuer, a.Subject }).IsUnique();
        b.HasIndex(a => a.ProfessionalId);
        b.HasIndex(a => a.VerifiedEmail);
        b.HasOne<Professional>().WithMany().HasForeignKey(a => a.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Roles).WithOne().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.HasKey(r => r.Id);
        b.Ignore(r => r.IsActive);
        b.Property(r => r.GrantedBy).HasMaxLength(300);
        b.Property(r => r.RevokedBy).HasMaxLength(300);
        b.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.MunicipalityCode, r.RevokedAt });
    }
}

internal sealed class SystemClientConfiguration : IEntityTypeConfiguration<SystemClient>
{
    public void Configure(EntityTypeBuilder<SystemClient> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Issuer).HasMaxLength(300);
        b.Property(c => c.ClientId).HasMaxLength(200);
        b.Property(c => c.Name).HasMaxLength(200);
        b.HasIndex(c => new { c.Issuer, c.ClientId }).IsUnique();
        b.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.Property(i => i.CreatedBy).HasMaxLength(300);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => new { i.ProfessionalId, i.CreatedAt });
        b.HasOne<Professional>().WithMany().HasForeignKey(i => i.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Workshop>().WithMany().HasForeignKey(i => i.WorkshopId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Account>().WithMany().HasForeignKey(i => i.AcceptedByAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
