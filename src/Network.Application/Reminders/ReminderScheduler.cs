using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Network.Application.Reminders;

/// <summary>
/// Runs a <see cref="ReminderRun"/> every <c>Reminders:Interval</c> in every instance; the run's lease and occasion
/// keys make that one pass at a time and every reminder once, however many instances there are.
/// </summary>
public sealed partial class ReminderScheduler(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderScheduler> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!options.Value.Enabled)
                    return;
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(stoppingToken);
                if (result.Ran)
                    Ran(result.TrustExpiry, result.VerifyEntry, result.Proposals, result.Invitations, result.Digests);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(e.GetType().Name);
            }
            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(
        EventId = 1401,
        Level = LogLevel.Information,
        Message = "Reminders queued: {TrustExpiry} trust expiry, {VerifyEntry} verify entry, {Proposals} proposals, "
            + "{Invitations} invitations, {Digests} digests"
    )]
    private partial void Ran(int trustExpiry, int verifyEntry, int proposals, int invitations, int digests);

    [LoggerMessage(
        EventId = 1402,
        Level = LogLevel.Warning,
        Message = "A reminder pass failed ({Kind}); the next one retries"
    )]
    private partial void Failed(string kind);
}
