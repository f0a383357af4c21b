using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.ContactLookup.Index;
using Network.Application.Trust.Graph;

namespace Network.Application.ContactLookup;

/// <summary>
/// Background upkeep of the lookup: builds the trust graph and directory at start, refreshes both every
/// <c>Lookup:RefreshSeconds</c> (default 300; catches writes made outside this process, compacts expired trust,
/// and moves memberships and covenants across day boundaries), writes queued restricted-read audit events every
/// second, and flushes the lookup counters every <c>Lookup:CounterFlushSeconds</c> (default 10); both at shutdown too.
/// </summary>
public sealed class LookupMaintenance(
    TrustGraphSnapshotProvider graph,
    LookupDirectoryProvider directory,
    LookupCounterBuffer counters,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<LookupMaintenance> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        graph.RefreshInBackground();
        directory.RefreshInBackground();
        var refresh = TimeSpan.FromSeconds(configuration.GetValue("Lookup:RefreshSeconds", 300));
        var flush = TimeSpan.FromSeconds(configuration.GetValue("Lookup:CounterFlushSeconds", 10));
        var lastRefresh = clock.GetTimestamp();
        var lastFlush = clock.GetTimestamp();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (clock.GetElapsedTime(lastFlush) >= flush)
                {
                    lastFlush = clock.GetTimestamp();
                    await Safely(counters.FlushAsync, stoppingToken);
                }
                if (clock.GetElapsedTime(lastRefresh) < refresh)
                    continue;
                lastRefresh = clock.GetTimestamp();
                graph.RefreshInBackground();
                directory.RefreshInBackground();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Safely(counters.FlushAsync, cancellationToken);
    }

    private async Task Safely(Func<CancellationToken, Task> flush, CancellationToken ct)
    {
        try
        {
            await flush(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LookupCountersFailed(e);
        }
    }
}
