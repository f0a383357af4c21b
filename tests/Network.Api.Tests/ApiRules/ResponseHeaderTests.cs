using System.Net.Http.Headers;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>/core/version-header and /core/transport/security-headers: on every response, errors included.</summary>
public sealed class ResponseHeaderTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    /// <summary>A spread of responses: success, created, each kind of refusal, documents, health, an unknown path.</summary>
    public static TheoryData<string> Requests =>
        new()
        {
            "GET /api/v1/organisations as coordinator.amberveen",
            "POST /api/v1/organisations as coordinator.amberveen",
            "GET /api/v1/organisations",
            "GET /api/v1/organisations/00000000-0000-0000-0000-000000000001 as coordinator.amberveen",
            "GET /api/v1/organisations/ as coordinator.amberveen",
            "GET /api/v1/organisations?pageSize=0 as coordinator.amberveen",
            "DELETE /api/v1/organisations as coordinator.amberveen",
            "GET /api/v1/openapi.json",
            "GET /health/ready",
            "GET /api/v1/no-such-thing",
        };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Api_version_header_equals_the_openapi_info_version(string request)
    {
        var expected = (await factory.OpenApiDocumentAsync())["info"]!["version"]!.GetValue<string>();
        var response = await SendAsync(request);
        Assert.Equal(expected, response.Headers.GetValues("API-Version").Single());
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Security_headers_are_on_every_response(string request)
    {
        var response = await SendAsync(request);
        var h = response.Headers;
        Assert.Equal("no-store", h.CacheControl?.ToString());
        Assert.Equal("nosniff", h.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", h.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", h.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", h.GetValues("Strict-Transport-Security").Single());
        var csp = h.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public async Task Swagger_ui_page_relaxes_only_what_it_needs_and_still_forbids_framing()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");
        Assert.True(response.IsSuccessStatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("*", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private async Task<HttpResponseMessage> SendAsync(string spec)
    {
        var parts = spec.Split(' ');
        var client = parts.Length > 3 ? factory.ClientFor(parts[3]) : factory.CreateClient();
        var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
        if (parts[0] == "POST")
            request.Content = new StringContent(
                """{"name":"Header School","kind":"school","domains":["education"],"municipalities":["GM9901"]}""",
                new MediaTypeHeaderValue("application/json")
            );
        return await client.SendAsync(request);
    }
}
