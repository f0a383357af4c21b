using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.Api.Tests.Infrastructure;

/// <summary>Small helpers for tests that need a variant of the host or raw requests.</summary>
public static class TestHosts
{
    /// <summary>
    /// A second host from the same factory with some configuration overridden. It gets its own fresh database
    /// file, so two hosts never seed one store at the same time; tokens from the parent factory work on it.
    /// </summary>
    public static WebApplicationFactory<Program> WithSettings(
        this WebApplicationFactory<Program> factory,
        IDictionary<string, string?> settings
    ) => factory.Variant(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(settings)));

    public static WebApplicationFactory<Program> Variant(
        this WebApplicationFactory<Program> factory,
        Action<IWebHostBuilder> configure
    ) =>
        factory.WithWebHostBuilder(b =>
        {
            var store = TestDatabase.Create();
            b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(store.Settings));
            b.ConfigureServices(s => s.AddHostedService(_ => new TemporaryDatabase(store)));
            configure(b);
        });

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonObject> OpenApiDocumentAsync(this WebApplicationFactory<Program> factory)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/openapi.json");
        return (await response.ExpectAsync(System.Net.HttpStatusCode.OK))!.AsObject();
    }

    /// <summary>
    /// Every REST operation in the OpenAPI document: the path as a client calls it (the server URL, <c>/api/v1</c>,
    /// followed by the document's path), the method and the operation object.
    /// </summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document)
    {
        var server = document["servers"]?[0]?["url"]?.GetValue<string>().TrimEnd('/') ?? "";
        return from path in document["paths"]!.AsObject()
            from op in path.Value!.AsObject()
            where op.Key is "get" or "post" or "put" or "patch" or "delete"
            select (server + path.Key, op.Key, op.Value!.AsObject());
    }

    /// <summary>Deletes a variant host's store when that host is disposed.</summary>
    private sealed class TemporaryDatabase(TestDatabase store) : IHostedService, IDisposable
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose() => store.Dispose();
    }
}
