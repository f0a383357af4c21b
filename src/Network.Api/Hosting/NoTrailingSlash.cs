namespace Network.Api.Hosting;

/// <summary>/core/no-trailing-slash: a path ending in "/" is not the resource; answer 404, never redirect.</summary>
public static class NoTrailingSlash
{
    public static IApplicationBuilder UseNoTrailingSlash(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                var path = http.Request.Path.Value;
                if (
                    path is { Length: > 1 }
                    && path.EndsWith('/')
                    && !path.StartsWith("/swagger", StringComparison.Ordinal)
                    && !path.StartsWith("/graphql/ui", StringComparison.Ordinal)
                )
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                await next(http);
            }
        );
}
