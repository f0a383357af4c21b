using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Network.Api.Auth;

namespace Network.Api.Hosting;

/// <summary>
/// Benchmark mode (<c>Benchmark:Enabled=true</c>, never in Production): maps <c>GET /bench/baseline</c>, a static JSON
/// answer through the same pipeline as the API, so the benchmark can express the lookup's server CPU per request
/// as a ratio to it; and <c>POST /bench/session</c>, which turns a bearer token into a web session, because outside
/// Development a session otherwise comes only from an identity provider and the lookup page is measured as a person
/// uses it; and <c>GET /bench/server-times</c> (<c>?reset=true</c> starts a new window), the server time of the
/// requests since the last reset (<see cref="ServerTimes"/>). Off by default; a test proves the routes are absent then.
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

    /// <summary>First in the pipeline, so the time covers everything the server does for a request.</summary>
    public static ServerTimes UseServerTimes(WebApplication app)
    {
        var times = new ServerTimes();
        app.Use(
            async (http, next) =>
            {
                var started = Stopwatch.GetTimestamp();
                http.Response.OnCompleted(() =>
                {
                    times.Record(Stopwatch.GetTimestamp() - started);
                    return Task.CompletedTask;
                });
                await next(http);
            }
        );
        return times;
    }

    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this IEndpointRouteBuilder app, ServerTimes times)
    {
        app.MapGet("/bench/baseline", () => TypedResults.Ok(Baseline)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/bench/server-times", (bool reset = false) =>
            {
                var summary = times.Read();
                if (reset)
                    times.Reset();
                return TypedResults.Ok(summary);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapPost("/bench/session", SessionAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The token's claims as the session's, exactly as a provider's sign-in stores who it vouched for.</summary>
    private static async Task SessionAsync(HttpContext http)
    {
        var token = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (token.Principal is not { } principal)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await http.SignInAsync(SessionCookie.Scheme, SessionCookie.Principal(principal.Claims));
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
