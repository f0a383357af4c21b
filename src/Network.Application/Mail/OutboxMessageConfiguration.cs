using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.Application.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Recipient).HasMaxLength(320);
        b.Property(m => m.Template).HasMaxLength(60);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.OccasionKey).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(300);
        b.HasIndex(m => m.OccasionKey).IsUnique();
        // The sender's query: unsent, not given up, due.
        b.HasIndex(m => new
        {
            m.SentAt,
            m.FailedAt,
            m.NextAttemptAt,
        });
    }
}
