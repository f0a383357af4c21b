using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Domain.Workshops;

namespace Network.Application.Persistence.Configurations;

/// <summary>Anonymous: no column links an evaluation to a person.</summary>
internal sealed class WorkshopEvaluationConfiguration : IEntityTypeConfiguration<WorkshopEvaluation>
{
    public void Configure(EntityTypeBuilder<WorkshopEvaluation> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Comment).HasMaxLength(1000);
        b.HasIndex(e => e.WorkshopId);
        b.HasOne<Workshop>().WithMany().HasForeignKey(e => e.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}
