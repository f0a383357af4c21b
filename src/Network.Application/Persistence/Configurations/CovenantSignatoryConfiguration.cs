using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Covenants;
using Network.Domain.Organisations;

namespace Network.Application.Persistence.Configurations;

internal sealed class CovenantSignatoryConfiguration : IEntityTypeConfiguration<CovenantSignatory>
{
    public void Configure(EntityTypeBuilder<CovenantSignatory> b)
    {
        b.HasKey(s => new { s.CovenantId, s.OrganisationId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
