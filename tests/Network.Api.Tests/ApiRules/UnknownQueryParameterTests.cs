using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// A query parameter an operation does not take is refused with a 400 that lists the ones it does take, as an
/// unknown body field is; silently ignoring <c>?updatedSince=</c> would hand a mirror everything as if filtered.
/// </summary>
public sealed class UnknownQueryParameterTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Theory]
    [InlineData("/api/v1/organisations?updatedSince=2026-01-01", "updatedSince")]
    [InlineData("/api/v1/professionals?listingStatus=pending", "listingStatus")]
    [InlineData("/api/v1/professionals?municipality=GM9901&pagesize=5&sort=name", "sort")]
    public async Task An_unknown_query_parameter_is_refused_naming_it_and_the_accepted_ones(string url, string unknown)
    {
        var problem = await (await factory.ClientFor("admin").GetAsync(url)).ExpectProblemAsync(
            HttpStatusCode.BadRequest,
            "VALIDATION_FAILED"
        );

        var errors = problem["errors"]!.AsObject();
        Assert.Equal([unknown], errors.Select(e => e.Key));
        var message = errors[unknown]![0]!.GetValue<string>();
        Assert.Contains("after", message, StringComparison.Ordinal);
        Assert.Contains("pageSize", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_parameters_pass_in_any_casing()
    {
        var page = await (await factory.ClientFor("admin").GetAsync("/api/v1/organisations?PAGESIZE=2")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(2, page!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_route_value_repeated_in_the_query_is_refused()
    {
        var problem = await (
            await factory.ClientFor("admin").GetAsync($"/api/v1/organisations/{Guid.NewGuid()}?id=x")
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.Contains("takes none", problem["errors"]!["id"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The accepted names are the ones the OpenAPI document declares, for every operation that has no request
    /// body: what the document promises is accepted, and nothing else.
    /// </summary>
    [Fact]
    public async Task Every_operation_accepts_exactly_the_query_parameters_its_document_declares()
    {
        var admin = factory.ClientFor("admin");
        var checkedOperations = 0;
        foreach (var (path, method, operation) in TestHosts.Operations(await factory.OpenApiDocumentAsync()))
        {
            if (!path.StartsWith("/api/v1/", StringComparison.Ordinal) || operation["requestBody"] is not null)
                continue;
            var declared = (operation["parameters"]?.AsArray() ?? [])
                .Where(p => p!["in"]!.GetValue<string>() == "query")
                .Select(p => p!["name"]!.GetValue<string>())
                .Order(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var url = string.Join('/', path.Split('/').Select(s => s.StartsWith('{') ? RouteValue(s) : s));
            using var request = new HttpRequestMessage(
                new HttpMethod(method.ToUpperInvariant()),
                url + "?notAParameter=1"
            );
            var problem = await (await admin.SendAsync(request)).ExpectProblemAsync(
                HttpStatusCode.BadRequest,
                "VALIDATION_FAILED"
            );

            var message = problem["errors"]!["notAParameter"]![0]!.GetValue<string>();
            Assert.Equal(declared, Listed(message));
            checkedOperations++;
        }
        Assert.True(checkedOperations > 20, $"only {checkedOperations} operations were checked");
    }

    private static string RouteValue(string segment) =>
        segment.Contains("code", StringComparison.Ordinal) ? "GM9901" : Guid.NewGuid().ToString();

    private static List<string> Listed(string message)
    {
        const string takes = "it takes: ";
        var at = message.IndexOf(takes, StringComparison.Ordinal);
        return at < 0 ? [] : message[(at + takes.Length)..].Split(", ").ToList();
    }
}
