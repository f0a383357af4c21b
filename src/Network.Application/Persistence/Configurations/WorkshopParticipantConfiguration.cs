using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> b)
    {
        b.HasKey(p => new { p.WorkshopId, p.ProfessionalId });
        b.HasIndex(p => p.ProfessionalId);
        b.HasOne<Professional>().WithMany().HasForeignKey(p => p.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
    }
}
