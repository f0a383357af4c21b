using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// A route that exists only in a test host, to drive the one error path the product has no reason to offer: an
/// unexpected exception (500). Added behind the product's own pipeline, so the product's exception handler,
/// headers and problem writer answer it.
/// </summary>
public static class TestOnlyRoutes
{
    public const string Crash = "/test-only/crash";
    public const string SecretInException = "connection-string-password=hunter2";

    public static WebApplicationFactory<Program> WithTestOnlyRoutes(this WebApplicationFactory<Program> factory) =>
        factory.Variant(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, Filter>()));

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                next(app);
                // Reached only when no product endpoint matched the request.
                app.Run(http =>
                    http.Request.Path.Value switch
                    {
                        Crash => throw new InvalidOperationException($"Deliberate failure with {SecretInException}"),
                        _ => WriteNotFound(http),
                    }
                );
            };

        private static Task WriteNotFound(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
    }
}
