using System.ComponentModel;

namespace Network.Application.Mail;

/// <summary>
/// One e-mail waiting to be sent, or sent. Written in the same transaction as the change that causes it (see
/// <see cref="Outbox"/>), so a rolled-back change sends nothing and a committed one is never lost; sent by
/// <see cref="Sending.OutboxSender"/>. The body is rendered when queued: what was decided is what goes out.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Recipient { get; init; }
    public MailLanguage Language { get; init; }

    /// <summary>The template's name (e.g. <c>invitation</c>): for counts in logs, never personal data.</summary>
    public required string Template { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public required string HtmlBody { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// What this message is about, once (e.g. <c>trust-expiry:{trustId}:{yyyyMMdd}</c>); unique in the store, so the
    /// same occasion queued twice, by a restart or by another instance, is one message.
    /// </summary>
    public required string OccasionKey { get; init; }

    public int Attempts { get; set; }

    /// <summary>When the sender may try (again); set back exponentially after a failure.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set by the instance that claimed the message; others leave it alone until this passes.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Which claim holds the lease: only its holder may mark the message sent or failed.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the sender gave up after the maximum number of attempts.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>The kind of the last failure (exception type and SMTP status), never an address or a text.</summary>
    public string? LastError { get; set; }
}

[Description("The language of an e-mail: Dutch first, English as the second language.")]
public enum MailLanguage
{
    [Description("Dutch (the default).")]
    Nl,

    [Description("English.")]
    En,
}
