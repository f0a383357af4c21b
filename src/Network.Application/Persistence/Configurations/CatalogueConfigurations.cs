using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Catalogues;
using Network.Domain.Municipalities;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

// Catalogue rows have no version column: their ETag is a hash of what a client reads (CatalogueRules.VersionOf).
// Marking those same properties as concurrency tokens makes EF update only while they still hold what was read,
// so two editors with the same ETag cannot both save (the second gets 412), as with every versioned entity.

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.HasKey(m => m.Code);
        b.Property(m => m.Code).HasMaxLength(6);
        b.Property(m => m.Name).HasMaxLength(200).IsConcurrencyToken();
        b.Property(m => m.TrustValidityMonths).IsConcurrencyToken();
    }
}

internal sealed class DomainConfiguration : IEntityTypeConfiguration<DomainEntity>
{
    public void Configure(EntityTypeBuilder<DomainEntity> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(60);
        b.Property(d => d.Name).HasMaxLength(200).IsConcurrencyToken();
        b.Property(d => d.NameNl).HasMaxLength(200).IsConcurrencyToken();
    }
}

internal sealed class ProfessionConfiguration : IEntityTypeConfiguration<Profession>
{
    public void Configure(EntityTypeBuilder<Profession> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasMaxLength(60);
        b.Property(p => p.Name).HasMaxLength(200).IsConcurrencyToken();
        b.Property(p => p.NameNl).HasMaxLength(200).IsConcurrencyToken();
        b.Property(p => p.Regime).IsConcurrencyToken();
        b.Property(p => p.LegalSource).HasMaxLength(500).IsConcurrencyToken();
    }
}

internal sealed class ConcernTypeConfiguration : IEntityTypeConfiguration<ConcernType>
{
    public void Configure(EntityTypeBuilder<ConcernType> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasMaxLength(60);
        b.Property(c => c.Name).HasMaxLength(200).IsConcurrencyToken();
        b.Property(c => c.NameNl).HasMaxLength(200).IsConcurrencyToken();
        b.Property(c => c.Description).HasMaxLength(2000).IsConcurrencyToken();
        b.PrimitiveCollection(c => c.ExpertiseTags).IsConcurrencyToken();
    }
}
