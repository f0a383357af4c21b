using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Professionals;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Value).HasMaxLength(320);
        b.HasIndex(c => c.ProfessionalId);
    }
}
