using System.Net;
using System.Net.Http.Json;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

/// <summary>The service as deployed: Production, a signing key instead of the dev issuer, one browser origin.</summary>
public sealed class ProductionFactory : NetworkApiFactory
{
    public const string Portal = "https://portal.lindewaard.example";

    protected override string Environment => "Production";

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Demo:Seed"] = "false", ["Cors:AllowedOrigins:0"] = Portal };
}

/// <summary>OWASP API8 (misconfiguration): what Development offers for convenience is gone in Production.</summary>
public sealed class ProductionModeTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Theory]
    [InlineData("GET", "/dev/users")]
    [InlineData("POST", "/dev/token")]
    public async Task Development_token_routes_do_not_exist(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
            request.Content = JsonContent.Create(new { user = "admin" });
        var response = await factory.CreateClient().SendAsync(request);
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unexpected_error_shows_no_exception_details()
    {
        var response = await factory.WithTestOnlyRoutes().CreateClient().GetAsync(TestOnlyRoutes.Crash);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.InternalServerError, "INTERNAL_ERROR");
        var body = problem.ToJsonString();
        Assert.DoesNotContain(TestOnlyRoutes.SecretInException, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("exception", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cors_is_granted_only_to_the_configured_origin()
    {
        var client = factory.ClientFor("coordinator.lindewaard");
        var portal = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        portal.Headers.Add("Origin", ProductionFactory.Portal);
        var granted = await client.SendAsync(portal);
        await granted.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ProductionFactory.Portal, granted.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        other.Headers.Add("Origin", "http://localhost:3000");
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_is_granted()
    {
        var closed = factory
            .WithSettings(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = null })
            .CreateClient()
            .WithBearer(factory.TokenFor("coordinator.lindewaard"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations");
        request.Headers.Add("Origin", ProductionFactory.Portal);
        var response = await closed.SendAsync(request);
        await response.ExpectAsync(HttpStatusCode.OK);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Binding_errors_are_explained_as_in_development()
    {
        var response = await factory
            .ClientFor("coordinator.lindewaard")
            .PostJsonAsync("/api/v1/organisations", new { name = "X", version = 3 });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'version'", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Openapi_document_and_swagger_ui_stay_public()
    {
        // The rules make the OpenAPI document public; Swagger UI only renders that document and every call
        // from it still needs a token, so it stays on in Production as the readable form of the same contract.
        var client = factory.CreateClient();
        await (await client.GetAsync("/api/v1/openapi.json")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
    }

    [Fact]
    public async Task Api_still_requires_a_token()
    {
        await (await factory.CreateClient().GetAsync("/api/v1/organisations")).ExpectProblemAsync(
            HttpStatusCode.Unauthorized,
            "UNAUTHENTICATED"
        );
    }
}
