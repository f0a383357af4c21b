using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Network.Application.Access;

namespace Network.Api.Hosting;

/// <summary>Settings under <c>RateLimiting</c>. The defaults are generous; a benchmark sets Enabled=false.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one principal (or one anonymous address) may make per window.</summary>
    public int PermitLimit { get; set; } = 1200;
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests held back (instead of refused) once the budget is spent.</summary>
    public int QueueLimit { get; set; }

    /// <summary>Invitation link requests one address may make per window: enough for a person, too few to guess.</summary>
    public int InvitationLinkLimit { get; set; } = 20;
    public int InvitationLinkWindowSeconds { get; set; } = 600;
}

/// <summary>
/// One fixed-window budget per principal (token subject and role), or per remote address when anonymous,
/// so bulk scraping by one client cannot starve another (OWASP API4/API6). Refusals are 429 problem+json
/// with Retry-After; the framework's default would be a bare 503.
/// </summary>
public static class RateLimiting
{
    /// <summary>The policy of the invitation link page, per remote address on top of the global budget.</summary>
    public const string InvitationLinks = "invitation-links";

    public static IServiceCollection AddNetworkRateLimiting(this IServiceCollection services)
    {
        services
            .AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.Section)
            .Validate(
                o =>
                    o.PermitLimit > 0
                    && o.WindowSeconds > 0
                    && o.QueueLimit >= 0
                    && o.InvitationLinkLimit > 0
                    && o.InvitationLinkWindowSeconds > 0,
                "RateLimiting: PermitLimit, WindowSeconds and the invitation link limits must be positive."
            )
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>(
                (limiter, settings) => Configure(limiter, settings.Value)
            );
        return services;
    }

    public static IApplicationBuilder UseNetworkRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();

    private static void Configure(RateLimiterOptions limiter, RateLimitingOptions settings)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!settings.Enabled || http.Request.Path.StartsWithSegments("/health"))
                return RateLimitPartition.GetNoLimiter("unlimited");
            return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = settings.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        });
        limiter.AddPolicy(InvitationLinks, http =>
            !settings.Enabled
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    $"address:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.InvitationLinkLimit,
                        Window = TimeSpan.FromSeconds(settings.InvitationLinkWindowSeconds),
                        AutoReplenishment = true,
                    }
                )
        );
        limiter.OnRejected = async (context, _) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : settings.WindowSeconds;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ProblemWriter.WriteAsync(
                context.HttpContext,
                StatusCodes.Status429TooManyRequests,
                $"Too many requests from you in a short time; retry after {seconds} s."
            );
        };
    }

    /// <summary>Authenticated: subject and role from the validated token. Anonymous: the remote address.</summary>
    private static string PartitionKey(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
            return $"principal:{user.FindFirst("sub")?.Value}|{user.FindFirst(NetworkClaims.Role)?.Value}";
        return $"address:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
    }
}
