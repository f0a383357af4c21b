using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.EscalationRoutes;
using Network.Domain.Organisations;
using Network.Domain.Professionals;

namespace Network.Application.Persistence.Configurations;

internal sealed class RouteStepConfiguration : IEntityTypeConfiguration<RouteStep>
{
    public void Configure(EntityTypeBuilder<RouteStep> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.LineName).HasMaxLength(200);
        b.Property(s => s.LinePhone).HasMaxLength(40);
        b.Property(s => s.Note).HasMaxLength(500);
        b.HasOne<Professional>().WithMany().HasForeignKey(s => s.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
