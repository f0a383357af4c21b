namespace Network.Api.Hosting;

/// <summary>
/// Benchmark mode (<c>Benchmark:Enabled=true</c>, never in Production): maps <c>GET /bench/baseline</c>, a static JSON
/// answer through the same pipeline as the API, so the benchmark can express the lookup's server CPU per request
/// as a ratio to it. Off by default; a test proves the route is absent then.
/// </summary>
public static class BenchmarkMode
{
    public const string Setting = "Benchmark:Enabled";

    public sealed record BaselineAnswer(string Status, int[] Numbers);

    private static readonly BaselineAnswer Baseline = new("ok", [1, 2, 3, 4, 5]);

    public static bool IsEnabled(WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false))
            return false;
        if (app.Environment.IsProduction())
            throw new InvalidOperationException(
                $"{Setting} must not be set in Production: it adds an unauthenticated endpoint."
            );
        return true;
    }

    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bench/baseline", () => TypedResults.Ok(Baseline)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
