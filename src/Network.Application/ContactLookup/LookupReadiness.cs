using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.Application.ContactLookup.Index;
using Network.Application.Trust.Graph;

namespace Network.Application.ContactLookup;

/// <summary>
/// Part of /health/ready: Degraded (still answering, more slowly) until the first trust graph and directory
/// snapshots are built; lookups meanwhile wait for the directory and search trust with SQL.
/// </summary>
public sealed class LookupReadiness(TrustGraphSnapshotProvider graph, LookupDirectoryProvider directory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            graph.Current is not null && directory.IsBuilt
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("the lookup's in-memory snapshots are still being built")
        );
}
