using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Professionals;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

internal sealed class WorkshopOutcomeEditorConfiguration : IEntityTypeConfiguration<WorkshopOutcomeEditor>
{
    public void Configure(EntityTypeBuilder<WorkshopOutcomeEditor> b)
    {
        b.ToTable("WorkshopOutcomeEditors");
        b.HasKey(e => new { e.WorkshopId, e.ProfessionalId });
        b.HasIndex(e => e.ProfessionalId);
        b.HasOne<Professional>().WithMany().HasForeignKey(e => e.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
    }
}
