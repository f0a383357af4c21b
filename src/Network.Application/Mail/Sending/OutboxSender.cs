using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Network.Application.Common;
using Network.Application.Persistence;

namespace Network.Application.Mail.Sending;

/// <summary>
/// Sends what the outbox holds. Each round claims due messages with a lease in one UPDATE (SQLite runs one writer at
/// a time, so two instances never claim the same row), sends them over one connection, and marks each sent, or sets
/// it back exponentially after a failure until <see cref="MailOptions.MaxAttempts"/>. A message is lost only if it is
/// never committed; it is sent twice only if this process stops between the server's acceptance and marking it sent
/// (then the resend has the same Message-ID).
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailOptions> options,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxSender> logger
) : BackgroundService
{
    private readonly MailOptions _options = options.Value;
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.Value.From);

    private static readonly string TakeClaimTurn = PostgresLocks.TakeTurn(PostgresLocks.OutboxClaim);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = RoundResult.Empty;
            try
            {
                result = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.OutboxRoundFailed(e);
            }
            if (result.Claimed < _options.BatchSize || result.Failed > 0)
                await signal.WaitAsync(_options.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>One round: claim what is due, send it, record each outcome. Returns what happened.</summary>
    public async Task<RoundResult> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var (token, until, claimed) = await ClaimAsync(db, ct);
        if (claimed.Count == 0)
            return RoundResult.Empty;
        int sent = 0,
            failed = 0;
        IMailConnection? connection = null;
        try
        {
            try
            {
                connection = await transport.OpenAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The server is not there: every claimed message spent an attempt and backs off.
                foreach (var message in claimed)
                    await RecordFailureAsync(db, message, token, e);
                return new RoundResult(claimed.Count, 0, claimed.Count);
            }
            foreach (var message in claimed)
            {
                // A lease about to run out is left to lapse: whoever claims next sends it, not both of us.
                if (clock.GetUtcNow() + _options.Smtp.Timeout >= until)
                    break;
                try
                {
                    await connection.SendAsync(OutboxMime.Build(message, _from), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    failed++;
                    await RecordFailureAsync(db, message, token, e);
                    if (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
                        break; // the connection is gone: the rest are released and wait for the next round
                    continue;
                }
                await MarkSentAsync(db, message.Id, token);
                sent++;
            }
        }
        finally
        {
            if (connection is not null)
                await connection.DisposeAsync();
            await ReleaseAsync(db, token);
        }
        if (sent > 0)
            logger.OutboxSent(sent);
        return new RoundResult(claimed.Count, sent, failed);
    }

    private async Task<(Guid Token, DateTimeOffset Until, List<OutboxMessage> Claimed)> ClaimAsync(
        NetworkDbContext db,
        CancellationToken ct
    )
    {
        var now = clock.GetUtcNow();
        var until = now + _options.Lease;
        var token = Guid.NewGuid();
        // One statement: UPDATE … WHERE Id IN (SELECT … LIMIT n). On SQLite the second instance's UPDATE runs after
        // the first committed, and its WHERE no longer matches the rows the first one leased. PostgreSQL runs them
        // side by side and, when one waits for the other's row, re-checks only the target row against the id list
        // its subquery already chose, not the lease conditions inside it: both would lease the same messages. There
        // claimers take turns (a transaction-scoped advisory lock), so each statement starts after the previous
        // claim committed and sees it.
        await using var turn = db.IsPostgres() ? await db.Database.BeginTransactionAsync(ct) : null;
        if (turn is not null)
            await db.Database.ExecuteSqlRawAsync(TakeClaimTurn, ct);
        await db.Set<OutboxMessage>()
            .Where(m =>
                m.SentAt == null
                && m.FailedAt == null
                && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now)
            )
            .OrderBy(m => m.NextAttemptAt)
            .Take(_options.BatchSize)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimToken, token),
                ct
            );
        if (turn is not null)
            await turn.CommitAsync(ct);
        var claimed = await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(m => m.ClaimToken == token && m.SentAt == null)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(ct);
        return (token, until, claimed);
    }

    private async Task MarkSentAsync(NetworkDbContext db, Guid id, Guid token)
    {
        var now = clock.GetUtcNow();
        // Not cancelled with the host: the server accepted it, so the row must say so if at all possible.
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.SentAt, now)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                        .SetProperty(m => m.ClaimToken, (Guid?)null),
                CancellationToken.None
            );
    }

    private async Task RecordFailureAsync(NetworkDbContext db, OutboxMessage message, Guid token, Exception e)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var permanent = IsPermanent(e);
        var givenUp = permanent || attempts >= _options.MaxAttempts;
        var next = now + _options.RetryDelay(attempts);
        var error = Describe(e);
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.NextAttemptAt, next)
                        .SetProperty(m => m.FailedAt, givenUp ? now : null)
                        .SetProperty(m => m.LastError, error)
                        .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                        .SetProperty(m => m.ClaimToken, (Guid?)null),
                CancellationToken.None
            );
        if (givenUp)
            logger.OutboxGaveUp(message.Id, message.Template, attempts, error);
        else
            logger.OutboxRetryLater(message.Id, message.Template, attempts, next, error);
    }

    /// <summary>Rows this round claimed but did not get to are free again at once, with no attempt counted.</summary>
    private static async Task ReleaseAsync(NetworkDbContext db, Guid token) =>
        await db.Set<OutboxMessage>()
            .Where(m => m.ClaimToken == token)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                        .SetProperty(m => m.ClaimToken, (Guid?)null),
                CancellationToken.None
            );

    /// <summary>A 5xx answer to the recipient or the message itself will not change by trying again.</summary>
    private static bool IsPermanent(Exception e) =>
        e
            is SmtpCommandException
            {
                ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
                StatusCode: >= (SmtpStatusCode)500,
            }
        || e is ParseException;

    /// <summary>The kind of failure, never its message: an SMTP answer may quote the address.</summary>
    private static string Describe(Exception e) =>
        e switch
        {
            SmtpCommandException c => $"{nameof(SmtpCommandException)} {(int)c.StatusCode} {c.ErrorCode}",
            SmtpProtocolException => nameof(SmtpProtocolException),
            System.Net.Sockets.SocketException s => $"{nameof(System.Net.Sockets.SocketException)} {s.SocketErrorCode}",
            _ => e.GetType().Name,
        };
}

/// <summary>What one round of the sender did.</summary>
public sealed record RoundResult(int Claimed, int Sent, int Failed)
{
    public static readonly RoundResult Empty = new(0, 0, 0);
}
