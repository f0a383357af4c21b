using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>/core/error-handling/problem-details: every error class is application/problem+json with status, title and detail.</summary>
public sealed class ProblemDetailsTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/organisations";
    private const string ValidBody =
        """{"name":"Problem School","kind":"school","domains":["education"],"municipalities":["GM9901"]}""";

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(405)]
    [InlineData(406)]
    [InlineData(409)]
    [InlineData(412)]
    [InlineData(413)]
    [InlineData(415)]
    [InlineData(428)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task Each_error_class_is_a_complete_problem(int status)
    {
        var response = await ProvokeAsync(status);
        var problem = await response.ExpectProblemAsync((HttpStatusCode)status);
        Assert.False(string.IsNullOrWhiteSpace(problem["code"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_400_lists_every_invalid_field_at_once()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var body =
            """{"name":"","kind":"","domains":[],"municipalities":["GM0000"],"contactPoints":[{"channel":"email","value":""}]}""";
        var problem = await (await client.PostAsync(Url, Json(body))).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(
            ["contactPoints[0].value", "domains", "kind", "municipalities", "name"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task Invalid_input_is_400_never_422()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.PostAsync(
            Url,
            Json("""{"name":"x","kind":"school","domains":["no-such"],"municipalities":["GM9901"]}""")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> ProvokeAsync(int status)
    {
        var coordinator = factory.ClientFor("coordinator.amberveen");
        switch (status)
        {
            case 400:
                return await coordinator.PostAsync(
                    Url,
                    Json("""{"name":"","kind":"","domains":[],"municipalities":[]}""")
                );
            case 401:
                return await factory.CreateClient().GetAsync(Url);
            case 403:
                return await factory.ClientFor("system.amberveen").PostAsync(Url, Json(ValidBody));
            case 404:
                return await coordinator.GetAsync($"{Url}/{Guid.NewGuid()}");
            case 405:
                return await coordinator.DeleteAsync($"{Url}/{await CreateAsync(coordinator)}");
            case 406:
                var xml = new HttpRequestMessage(HttpMethod.Get, Url);
                xml.Headers.Accept.ParseAdd("application/xml");
                return await coordinator.SendAsync(xml);
            case 409:
                return await factory
                    .ClientFor("admin")
                    .PostAsync(
                        "/api/v1/domains",
                        Json("""{"id":"education","name":"Education again","nameNl":"Onderwijs"}""")
                    );
            case 412:
                return await coordinator.PutJsonAsync(
                    $"{Url}/{await CreateAsync(coordinator)}",
                    System.Text.Json.JsonDocument.Parse(ValidBody).RootElement,
                    "\"99\""
                );
            case 413:
                return await coordinator.PostAsync(Url, Json($$"""{"name":"{{new string('x', 300 * 1024)}}"}"""));
            case 415:
                return await coordinator.PostAsync(Url, new StringContent(ValidBody, Encoding.UTF8, "text/plain"));
            case 428:
                return await coordinator.PutJsonAsync(
                    $"{Url}/{await CreateAsync(coordinator)}",
                    System.Text.Json.JsonDocument.Parse(ValidBody).RootElement,
                    null
                );
            case 429:
                var limited = factory
                    .WithSettings(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1" })
                    .CreateClient()
                    .WithBearer(factory.TokenFor("coordinator.amberveen"));
                await limited.GetAsync(Url);
                return await limited.GetAsync(Url);
            case 500:
                return await factory.WithTestOnlyRoutes().CreateClient().GetAsync(TestOnlyRoutes.Crash);
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    private static async Task<string> CreateAsync(HttpClient client)
    {
        var created = await (await client.PostAsync(Url, Json(ValidBody))).ExpectAsync(HttpStatusCode.Created);
        return created!["id"]!.GetValue<string>();
    }

    private static StringContent Json(string body) =>
        new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
