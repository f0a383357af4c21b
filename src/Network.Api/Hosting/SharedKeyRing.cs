using Microsoft.AspNetCore.DataProtection;
using Network.Application.Persistence;

namespace Network.Api.Hosting;

/// <summary>
/// The data protection key ring (it protects the session cookie, antiforgery tokens and invitation links) lives in
/// the store, not in a folder of one machine: every instance on the same database reads and writes the same keys, so
/// a person signed in through one instance is signed in on all of them and a form rendered by one posts to another.
/// The keys are as safe as the database they sit in, which already holds everything they protect.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>One name for every instance: data protection isolates key purposes by application name.</summary>
    public const string ApplicationName = "Network";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<NetworkDbContext>();
        return services;
    }
}
