using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Catalogues;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

// No version column: the ETag hashes what a client reads, and those properties are the concurrency tokens
// (see MunicipalityConfiguration).
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
