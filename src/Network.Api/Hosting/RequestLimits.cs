using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Network.Api.Hosting;

/// <summary>Settings under <c>Limits</c>.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body accepted, in bytes (256 KiB: far above any real write, far below harm).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}

/// <summary>
/// Request size cap (OWASP API4). Kestrel enforces it while reading (chunked bodies too); the middleware answers
/// a declared Content-Length over the cap at once with 413 problem+json, also on hosts without Kestrel's limit.
/// Binding failures always throw to the problem mapper, so Production explains a refused body as Development does.
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddNetworkRequestLimits(this IServiceCollection services)
    {
        services
            .AddOptions<RequestLimitOptions>()
            .BindConfiguration(RequestLimitOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes > 0, "Limits:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services
            .AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RequestLimitOptions>>(
                (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes
            );
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseNetworkRequestLimits(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                var max = http
                    .RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>()
                    .Value.MaxRequestBodyBytes;
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                    feature.MaxRequestBodySize = max;
                if (http.Request.ContentLength > max)
                {
                    await ProblemWriter.WriteAsync(
                        http,
                        StatusCodes.Status413PayloadTooLarge,
                        $"The request body is larger than this API accepts ({max} bytes at most)."
                    );
                    return;
                }
                await next(http);
            }
        );
}
