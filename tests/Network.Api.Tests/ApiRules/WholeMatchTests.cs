using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// A declared pattern matches the whole value: .NET's <c>$</c> also matches before a final newline, so "abc\n" passed
/// the slug check, a domain with that id was stored and its answer failed with a 500 (its Location header cannot hold
/// a newline). Each case failed before; each is now a 400 naming the field, and nothing is stored.
/// </summary>
public sealed class WholeMatchTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task A_catalogue_id_with_a_final_newline_is_refused_and_not_stored()
    {
        var admin = factory.ClientFor("admin");
        var response = await admin.PostJsonAsync(
            "/api/v1/domains",
            new
            {
                id = "newline\n",
                name = "Newline",
                nameNl = "Nieuwe regel",
            }
        );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]?["id"]);
        var domains = await (await admin.GetAsync("/api/v1/domains?pageSize=100")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(domains!["items"]!.AsArray(), d => d!["id"]!.GetValue<string>().StartsWith("newline"));
    }

    [Theory]
    [InlineData("expertiseTags", "online-extremism\n")]
    [InlineData("languages", "nl\n")]
    public async Task A_tag_with_a_final_newline_is_refused_naming_the_item(string field, string value)
    {
        var client = factory.ClientFor("teacher.amberveen");
        var etag = (await client.GetAsync("/api/v1/me")).Headers.ETag!.Tag;
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
        {
            Content = new StringContent(
                new JsonObject { [field] = new JsonArray(value) }.ToJsonString(),
                Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]?[$"{field}[0]"]);
    }
}
