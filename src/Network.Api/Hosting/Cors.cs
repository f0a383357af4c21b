using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Network.Api.Hosting;

/// <summary>
/// CORS: the OpenAPI document is public and readable from any origin (/core/publish-openapi asks for `*`);
/// everything else only from the origins listed in <c>Cors:AllowedOrigins</c>. Nothing is listed by default,
/// so a deployment opens up only what it configures.
/// </summary>
public static class Cors
{
    public const string PublicDocument = "public-document";

    public static IServiceCollection AddNetworkCors(this IServiceCollection services)
    {
        services.AddCors();
        // Read from configuration when the options are built, not eagerly, so test hosts can override the list.
        services
            .AddOptions<CorsOptions>()
            .Configure<IConfiguration>(
                (o, configuration) =>
                {
                    var origins = (configuration.GetSection("Cors:AllowedOrigins").Get<string?[]>() ?? [])
                        .OfType<string>()
                        .Where(o => o.Length > 0)
                        .ToArray();
                    o.AddDefaultPolicy(p =>
                        p.WithOrigins(origins)
                            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                            .WithHeaders("Authorization", "Content-Type", "If-Match", "Accept")
                            .WithExposedHeaders("ETag", "Location", "API-Version", "Retry-After")
                    );
                    o.AddPolicy(PublicDocument, p =>
                        p.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader().WithExposedHeaders("API-Version")
                    );
                }
            );
        return services;
    }

    /// <summary>Marks an endpoint (the OpenAPI document) as readable from any origin.</summary>
    public static TBuilder AllowAnyOrigin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireCors(PublicDocument);
}
