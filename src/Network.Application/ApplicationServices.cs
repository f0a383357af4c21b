using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Lookups;
using Network.Application.Lookups.Index;
using Network.Application.Organisations;
using Network.Application.Persistence;
using Network.Application.Trust.Graph;

namespace Network.Application;

public static class ApplicationServices
{
    /// <summary>The application layer: store, access policy, audit and the use-case services both doors call.</summary>
    public static IServiceCollection AddNetworkApplication(this IServiceCollection services)
    {
        // Read lazily so hosts and test factories can override the connection string after registration.
        services.AddDbContext<NetworkDbContext>((sp, o) => o.UseSqlite(
            sp.GetRequiredService<IConfiguration>().GetConnectionString("Network") ?? "Data Source=data/network.db"));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AccessPolicy>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CatalogueChecks>();
        services.AddScoped<DatabaseInitializer>();

        services.AddScoped<OrganisationService>();
        services.AddLookup();
        return services;
    }

    /// <summary>The contact lookup: in-memory trust graph and directory snapshots, their upkeep, and the service.</summary>
    private static void AddLookup(this IServiceCollection services)
    {
        services.AddSingleton<TrustGraphSnapshotProvider>();
        services.AddSingleton<LookupDirectoryProvider>();
        services.AddSingleton<LookupCounterBuffer>();
        services.AddSingleton<RestrictedReadAudit>();
        services.AddHostedService<LookupMaintenance>();
        services.AddHealthChecks().AddCheck<LookupReadiness>("lookup-snapshots");
        services.AddScoped<LookupService>();
    }
}
