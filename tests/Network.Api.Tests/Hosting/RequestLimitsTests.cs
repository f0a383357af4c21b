using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Hosting;

/// <summary>OWASP API4 caps, each at its boundary: the limit passes, one more is refused with a clear error.</summary>
public sealed class RequestLimitsTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/organisations";
    private const int MaxBody = 256 * 1024;

    [Fact]
    public async Task Body_of_exactly_the_cap_is_read_and_one_byte_more_is_413()
    {
        var client = factory.ClientFor("coordinator.amberveen");

        var atCap = await client.PostAsync(Url, JsonOfSize(MaxBody));
        var problem = await atCap.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains("must be at most 200 characters", problem["errors"]!["name"]![0]!.GetValue<string>());

        var overCap = await client.PostAsync(Url, JsonOfSize(MaxBody + 1));
        var tooLarge = await overCap.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        Assert.Contains(MaxBody.ToString(), tooLarge["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Body_cap_is_configurable()
    {
        var small = factory
            .WithSettings(new Dictionary<string, string?> { ["Limits:MaxRequestBodyBytes"] = "1024" })
            .CreateClient()
            .WithBearer(factory.TokenFor("coordinator.amberveen"));
        await (await small.PostAsync(Url, JsonOfSize(1025))).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await small.PostAsync(Url, JsonOfSize(1024))).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );
    }

    [Theory]
    [InlineData(100, HttpStatusCode.OK)]
    [InlineData(101, HttpStatusCode.BadRequest)]
    [InlineData(1, HttpStatusCode.OK)]
    [InlineData(0, HttpStatusCode.BadRequest)]
    public async Task Page_size_is_capped_at_100(int pageSize, HttpStatusCode expected)
    {
        var response = await factory.ClientFor("coordinator.amberveen").GetAsync($"{Url}?pageSize={pageSize}");
        if (expected == HttpStatusCode.OK)
        {
            await response.ExpectAsync(HttpStatusCode.OK);
            return;
        }
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains("between 1 and 100", problem["errors"]!["pageSize"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("name", 200)]
    [InlineData("kind", 60)]
    [InlineData("contactPoints[0].value", 320)]
    [InlineData("contactPoints[0].label", 100)]
    public async Task String_length_limit_passes_and_one_more_is_refused(string field, int max)
    {
        var client = factory.ClientFor("coordinator.amberveen");
        await (
            await client.PostJsonAsync(Url, Organisation(field, new string('a', max), contactPoints: 1))
        ).ExpectAsync(HttpStatusCode.Created);

        var problem = await (
            await client.PostJsonAsync(Url, Organisation(field, new string('a', max + 1), contactPoints: 1))
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Equal($"must be at most {max} characters", problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("contactPoints", 10)]
    [InlineData("domains", 10)]
    public async Task List_length_limit_passes_and_one_more_is_refused(string field, int max)
    {
        var client = factory.ClientFor("coordinator.amberveen");
        await (await client.PostJsonAsync(Url, WithList(field, max))).ExpectAsync(HttpStatusCode.Created);

        var problem = await (await client.PostJsonAsync(Url, WithList(field, max + 1))).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );
        Assert.Equal($"must have at most {max} items", problem["errors"]![field]![0]!.GetValue<string>());
    }

    /// <summary>A JSON body of exactly <paramref name="bytes"/> bytes whose name is far too long.</summary>
    private static StringContent JsonOfSize(int bytes)
    {
        const string prefix = "{\"name\":\"",
            suffix = "\"}";
        var body = prefix + new string('n', bytes - prefix.Length - suffix.Length) + suffix;
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(body));
        return new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
    }

    private static Dictionary<string, object?> Organisation(string field, string value, int contactPoints)
    {
        var contact = new Dictionary<string, object?>
        {
            ["channel"] = "email",
            ["value"] = "desk@school.example",
            ["label"] = "Desk",
        };
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Boundary School",
            ["kind"] = "school",
            ["domains"] = new[] { "education" },
            ["municipalities"] = new[] { "GM9901" },
            ["contactPoints"] = Enumerable.Repeat(contact, contactPoints).ToArray(),
        };
        if (field.StartsWith("contactPoints[0].", StringComparison.Ordinal))
            body["contactPoints"] = new[]
            {
                new Dictionary<string, object?>(contact) { [field["contactPoints[0].".Length..]] = value },
            };
        else
            body[field] = value;
        return body;
    }

    private static Dictionary<string, object?> WithList(string field, int count)
    {
        var body = Organisation("name", "List Boundary School", contactPoints: 1);
        body[field] =
            field == "domains"
                ? Enumerable
                    .Range(0, count)
                    .Select(i => new[] { "education", "youth", "safety", "care", "social", "municipality" }[i % 6])
                    .ToArray()
                : Enumerable
                    .Range(0, count)
                    .Select(i => new { channel = "workPhone", value = $"+31 20 000 00{i:00}" })
                    .ToArray();
        return body;
    }
}
