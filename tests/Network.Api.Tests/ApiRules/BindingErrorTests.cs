using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>A body or parameter the API cannot read is a 400 that names the offending part in the client's terms, never .NET internals.</summary>
public sealed class BindingErrorTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/organisations";

    [Theory]
    [InlineData(
        """{"name":"X","kind":"school","domains":["education"],"municipalities":["GM9901"],"version":7}""",
        "'version' is not accepted"
    )]
    [InlineData("""{"name":"X","isActive":false}""", "'isActive' is not accepted")]
    [InlineData("""{"name":"X","contactPoints":[{"channel":"pigeon","value":"x"}]}""", "$.contactPoints[0].channel")]
    [InlineData("""{"name":42}""", "$.name")]
    [InlineData("""{"name":"X","contactPoints":[{"value":"x"}]}""", "'channel' is missing (at $.contactPoints[0]")]
    [InlineData("""{"name":"X",""", "not valid JSON")]
    [InlineData("""[1,2,3]""", "wrong type")]
    [InlineData("", "body is required")]
    public async Task Unreadable_body_names_the_problem_without_internals(string body, string expected)
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .PostAsync(Url, new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains(expected, detail);
        AssertNoInternals(detail);
    }

    [Theory]
    [InlineData("?pageSize=abc", "'pageSize'")]
    [InlineData("?includeInactive=maybe", "'includeInactive'")]
    public async Task Unreadable_query_value_names_the_key(string query, string expected)
    {
        var response = await factory.ClientFor("coordinator.amberveen").GetAsync(Url + query);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains(expected, detail);
        AssertNoInternals(detail);
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_a_wrong_type()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var etag = (await client.GetAsync("/api/v1/municipalities/GM9901")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/municipalities/GM9901")
        {
            Content = new StringContent(
                """{"name":"Amberveen","trustValidityMonths":"24"}""",
                Encoding.UTF8,
                new MediaTypeHeaderValue("application/json")
            ),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var problem = await (await client.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("$.trustValidityMonths", problem["detail"]!.GetValue<string>());
    }

    private static void AssertNoInternals(string detail)
    {
        Assert.DoesNotContain("Network.", detail);
        Assert.DoesNotContain("System.", detail);
        Assert.DoesNotContain(".NET", detail);
        Assert.DoesNotContain("OrganisationInput", detail);
        Assert.DoesNotContain("Nullable", detail);
    }
}
