using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

/// <summary>A host with one configured browser origin, as a municipality's portal would be.</summary>
public sealed class CorsFactory : NetworkApiFactory
{
    public const string Portal = "https://portal.amberveen.example";

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Portal };
}

/// <summary>CORS: the API answers browsers only from the configured allow-list; the OpenAPI document from anywhere.</summary>
public sealed class CorsTests(CorsFactory factory) : IClassFixture<CorsFactory>
{
    private const string Url = "/api/v1/organisations";

    [Fact]
    public async Task Configured_origin_may_call_the_api()
    {
        var response = await SendAsync(HttpMethod.Get, Url, CorsFactory.Portal);
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(CorsFactory.Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Other_origin_gets_no_cors_grant()
    {
        var response = await SendAsync(HttpMethod.Get, Url, "https://evil.example");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_is_granted_to_the_configured_origin_only()
    {
        var granted = await SendAsync(HttpMethod.Options, Url, CorsFactory.Portal, preflight: "POST");
        Assert.Equal(CorsFactory.Portal, granted.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", granted.Headers.GetValues("Access-Control-Allow-Methods").Single());

        var refused = await SendAsync(HttpMethod.Options, Url, "https://evil.example", preflight: "POST");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Openapi_document_stays_open_to_every_origin()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/v1/openapi.json", "https://evil.example");
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string origin, string? preflight = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", origin);
        if (preflight is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", preflight);
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        }
        return factory.ClientFor("coordinator.amberveen").SendAsync(request);
    }
}
