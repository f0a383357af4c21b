using System.Text.RegularExpressions;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// api.http is the runnable tour of the API that CI executes end to end (tests/http/run.sh). This keeps it whole:
/// every REST operation in the OpenAPI document has at least one request in it.
/// </summary>
public sealed partial class ApiHttpCoverageTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Api_http_has_a_request_for_every_rest_operation()
    {
        var requests = File.ReadAllLines(Repository.Path("api.http"))
            .Select(line => RequestLine().Match(line))
            .Where(m => m.Success)
            .Select(m => (Method: m.Groups["method"].Value, Path: m.Groups["path"].Value.Split('?')[0]))
            .ToList();

        var missing = TestHosts
            .Operations(await factory.OpenApiDocumentAsync())
            .Where(o => o.Path.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Where(o =>
                !requests.Any(r =>
                    r.Method.Equals(o.Method, StringComparison.OrdinalIgnoreCase) && Template(o.Path).IsMatch(r.Path)
                )
            )
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}")
            .ToList();
        Assert.True(missing.Count == 0, "api.http has no request for: " + string.Join(", ", missing));
    }

    /// <summary>/api/v1/organisations/{id} matches /api/v1/organisations/{{createdOrganisation.response.body.$.id}} and literal ids.</summary>
    private static Regex Template(string path) =>
        new("^" + string.Join("/", path.Split('/').Select(s => s.StartsWith('{') ? "[^/]+" : Regex.Escape(s))) + "$");

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE)\s+\{\{baseUrl\}\}(?<path>\S+)")]
    private static partial Regex RequestLine();
}
