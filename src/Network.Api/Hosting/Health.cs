using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.Application.Persistence;

namespace Network.Api.Hosting;

public static class Health
{
    public static IServiceCollection AddNetworkHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: and the store's data can be read.</summary>
    public static IEndpointRouteBuilder MapNetworkHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Ready only while the store can be read: not after a request ran into a damaged page, and not when the probe
    /// (first and last row of every table) fails. Answering <c>SELECT 1</c> says nothing about the data pages.
    /// </summary>
    private sealed class DatabaseHealthCheck(NetworkDbContext db, StoreHealth store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(
            HealthCheckContext context,
            CancellationToken ct = default
        )
        {
            if (store.Damage is { } damage)
                return HealthCheckResult.Unhealthy($"the store is damaged: {damage}");
            try
            {
                await store.ProbeAsync(db, ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                store.Observe(e);
                var why = StoreHealth.IsDamage(e) ? "the store is damaged" : "database unreachable";
                return HealthCheckResult.Unhealthy(why);
            }
        }
    }
}
