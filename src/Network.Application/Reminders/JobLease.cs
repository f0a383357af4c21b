using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Application.Reminders;

/// <summary>Who runs a scheduled job until when: a row per job, taken with one conditional UPDATE.</summary>
public sealed class JobLease
{
    public required string Name { get; init; }
    public string? Holder { get; set; }
    public DateTimeOffset LeasedUntil { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(60);
        b.Property(l => l.Holder).HasMaxLength(60);
    }
}
