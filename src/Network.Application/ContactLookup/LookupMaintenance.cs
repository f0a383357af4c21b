using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Application.Common;
using Network.Application.ContactLookup.Index;
using Network.Application.Trust.Graph;

namespace Network.Application.ContactLookup;

/// <summary>
/// Background upkeep of the lookup: builds the trust graph and directory at start, follows the change log every
/// <c>Lookup:FollowMilliseconds</c> (default 250: how a change written by another instance on the same database
/// reaches this one's directory, see <see cref="LookupDirectoryProvider"/>), refreshes both wholly every
/// <c>Lookup:RefreshSeconds</c> (default 300; catches writes made outside the services, compacts expired trust,
/// and moves memberships and covenants across day boundaries), and flushes the lookup counters every
/// <c>Lookup:CounterFlushSeconds</c> (default 10; at shutdown too).
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
        var follow = TimeSpan.FromMilliseconds(Math.Max(50, configuration.GetValue("Lookup:FollowMilliseconds", 250)));
        var lastRefresh = clock.GetTimestamp();
        var lastFlush = clock.GetTimestamp();
        using var timer = new PeriodicTimer(follow, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // One indexed read of the log's tail when nothing changed; the update runs in the background.
                if (directory.IsBuilt)
                    directory.FollowInBackground();
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
