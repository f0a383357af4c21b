using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Application.Lookups.Index;
using Network.Application.Trust.Graph;

namespace Network.Application.Lookups;

/// <summary>
/// Background upkeep of the lookup: builds the trust graph and directory at start, refreshes both every
/// <c>Lookup:RefreshSeconds</c> (default 300; catches writes made outside this process, compacts expired trust,
/// and moves memberships and covenants across day boundaries), and flushes the lookup counters every
/// <c>Lookup:CounterFlushSeconds</c> (default 10) and at shutdown.
/// </summary>
public sealed class LookupMaintenance(
    TrustGraphSnapshotProvider graph, LookupDirectoryProvider directory, LookupCounterBuffer counters,
    IConfiguration configuration, TimeProvider clock, ILogger<LookupMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        graph.RefreshInBackground();
        directory.RefreshInBackground();
        var refresh = TimeSpan.FromSeconds(configuration.GetValue("Lookup:RefreshSeconds", 300));
        var flush = TimeSpan.FromSeconds(configuration.GetValue("Lookup:CounterFlushSeconds", 10));
        var lastRefresh = clock.GetTimestamp();
        using var timer = new PeriodicTimer(flush, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
                if (clock.GetElapsedTime(lastRefresh) < refresh) continue;
                lastRefresh = clock.GetTimestamp();
                graph.RefreshInBackground();
                directory.RefreshInBackground();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await counters.FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Flushing lookup counters failed");
        }
    }
}
