using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

// No version column: the ETag hashes what a client reads, and those properties are the concurrency tokens
// (see MunicipalityConfiguration).
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
