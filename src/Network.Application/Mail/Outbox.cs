using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Network.Application.Mail.Templates;
using Network.Application.Persistence;

namespace Network.Application.Mail;

/// <summary>
/// Queues e-mail in the caller's unit of work: <see cref="AddAsync"/> only adds to the DbContext, so the caller's own
/// <c>SaveChangesAsync</c> (or transaction) writes the message together with the change that causes it. Rolled back,
/// nothing is sent; committed, it is sent by the <see cref="Sending.OutboxSender"/>, once.
/// </summary>
public sealed class Outbox(TimeProvider clock, OutboxSignal signal)
{
    /// <summary>
    /// Adds <paramref name="mail"/> for <paramref name="recipient"/> unless a message for
    /// <paramref name="occasionKey"/> is already stored or added to this context; returns whether it added one.
    /// The check runs in the caller's connection: inside a transaction begun with <c>BeginTransactionAsync</c>
    /// (SQLite's <c>BEGIN IMMEDIATE</c>) it cannot race. Without one, a concurrent writer of the same key makes
    /// <c>SaveChangesAsync</c> throw a <see cref="DbUpdateException"/> for which <see cref="IsDuplicateOccasion"/>
    /// is true: that occasion was queued by the other writer.
    /// </summary>
    public async Task<bool> AddAsync(
        NetworkDbContext db,
        string recipient,
        RenderedMail mail,
        string occasionKey,
        CancellationToken ct = default
    )
    {
        if (!MailboxAddress.TryParse(recipient, out _) || recipient.Length > 320)
            throw new ArgumentException("The recipient is not an e-mail address.", nameof(recipient));
        if (string.IsNullOrWhiteSpace(occasionKey) || occasionKey.Length > 200)
            throw new ArgumentException("An occasion key of 1 to 200 characters is required.", nameof(occasionKey));
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.OccasionKey == occasionKey))
            return false;
        if (await db.Set<OutboxMessage>().AnyAsync(m => m.OccasionKey == occasionKey, ct))
            return false;
        var now = clock.GetUtcNow();
        db.Add(
            new OutboxMessage
            {
                Recipient = recipient,
                Language = mail.Language,
                Template = mail.Template,
                Subject = mail.Subject,
                TextBody = mail.Text,
                HtmlBody = mail.Html,
                OccasionKey = occasionKey,
                CreatedAt = now,
                NextAttemptAt = now,
            }
        );
        WakeSenderAfterSave(db);
        return true;
    }

    /// <summary>Whether a save failed only because another writer queued the same occasion first.</summary>
    public static bool IsDuplicateOccasion(DbUpdateException e) =>
        e.InnerException switch
        {
            SqliteException { SqliteErrorCode: 19 } s => s.Message.Contains(
                "OutboxMessages.OccasionKey",
                StringComparison.Ordinal
            ),
            Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } p =>
                p.ConstraintName?.Contains("OccasionKey", StringComparison.Ordinal) == true,
            _ => false,
        };

    private void WakeSenderAfterSave(NetworkDbContext db)
    {
        void Wake(object? sender, SavedChangesEventArgs args)
        {
            db.SavedChanges -= Wake;
            signal.Pulse();
        }
        db.SavedChanges += Wake;
    }
}

/// <summary>Wakes the sender when a message was saved, so it need not wait for its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Pulse()
    {
        try
        {
            if (_pulse.CurrentCount == 0)
                _pulse.Release();
        }
        catch (SemaphoreFullException) { } // already signalled
    }

    public void Dispose() => _pulse.Dispose();

    /// <summary>Waits for a pulse or <paramref name="timeout"/> on <paramref name="clock"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            await _pulse.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }
}
