using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Application.Changes;

/// <summary>
/// One row of the change log: "this entity changed", written by <see cref="ChangeRecorder"/> in the same
/// transaction as the change. <see cref="Seq"/> is the global order mirrors follow. The scopes record what decides
/// who may see the entity (active, listed, municipalities) before and after the change, only when the change may
/// have altered it, so the feed can tell a removal to exactly those who could have seen the entity.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Seq { get; init; }
    public ChangeEntityType EntityType { get; init; }
    public required string EntityId { get; init; }

    /// <summary><see cref="VisibilityScope"/> text before the change; null when the change did not touch it.</summary>
    public string? Before { get; init; }

    /// <summary><see cref="VisibilityScope"/> text after the change; null when the change did not touch it.</summary>
    public string? After { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}

public sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        // INTEGER PRIMARY KEY AUTOINCREMENT: never reused, and SQLite's single writer hands them out in commit order.
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedOnAdd();
        builder.Property(e => e.EntityId).HasMaxLength(60);
        builder.Property(e => e.Before).HasMaxLength(2000);
        builder.Property(e => e.After).HasMaxLength(2000);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
