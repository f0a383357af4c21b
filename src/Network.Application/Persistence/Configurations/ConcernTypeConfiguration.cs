using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Catalogues;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

// No version column: the ETag hashes what a client reads, and those properties are the concurrency tokens
// (see MunicipalityConfiguration).
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
