using Microsoft.Extensions.Logging;

namespace Network.Application.Common;

// The e-mail events: ids and template names, counts and failure kinds. Never an address, a name or a subject.
internal static partial class Log
{
    [LoggerMessage(1201, LogLevel.Information, "Outbox: sent {Count} message(s)")]
    public static partial void OutboxSent(this ILogger logger, int count);

    [LoggerMessage(
        1202,
        LogLevel.Warning,
        "Outbox message {Id} ({Template}) attempt {Attempts} failed ({Error}); next attempt at {Next:O}"
    )]
    public static partial void OutboxRetryLater(
        this ILogger logger,
        Guid id,
        string template,
        int attempts,
        DateTimeOffset next,
        string error
    );

    [LoggerMessage(
        1203,
        LogLevel.Error,
        "Outbox message {Id} ({Template}) given up after {Attempts} attempt(s) ({Error})"
    )]
    public static partial void OutboxGaveUp(this ILogger logger, Guid id, string template, int attempts, string error);

    [LoggerMessage(1204, LogLevel.Error, "Outbox round failed")]
    public static partial void OutboxRoundFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1205, LogLevel.Information, "Mail: no SMTP host configured; messages are written to {Directory}")]
    public static partial void MailToPickupDirectory(this ILogger logger, string directory);
}
