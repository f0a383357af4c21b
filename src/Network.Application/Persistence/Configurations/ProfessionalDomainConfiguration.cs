using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Professionals;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Configurations;

internal sealed class ProfessionalDomainConfiguration : IEntityTypeConfiguration<ProfessionalDomain>
{
    public void Configure(EntityTypeBuilder<ProfessionalDomain> b)
    {
        b.HasKey(d => new { d.ProfessionalId, d.DomainId });
        b.HasOne<DomainEntity>().WithMany().HasForeignKey(d => d.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}
