using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
