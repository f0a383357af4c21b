using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Audit;

namespace Network.Application.Persistence.Configurations;

internal sealed class LookupCounterConfiguration : IEntityTypeConfiguration<LookupCounter>
{
    public void Configure(EntityTypeBuilder<LookupCounter> b) =>
        b.HasKey(c => new
        {
            c.MunicipalityCode,
            c.ConcernTypeId,
            c.Day,
        });
}
