using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// One set of rules: each principal asking the same question through REST and GraphQL sees the same objects with
/// the same fields (contact points decided one by one by the visibility rules), because both doors call the same
/// application services. Demo network: two municipalities, trust between some professionals.
/// </summary>
public sealed class DirectoryParityTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    public static TheoryData<string> Principals =>
        [
            "teacher.amberveen",
            "newcomer.amberveen",
            "coordinator.amberveen",
            "coordinator.lindewaard",
            "system.amberveen",
            "social-worker.both",
        ];

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Professionals_and_their_visible_contact_points_match(string login)
    {
        var client = factory.ClientFor(login);
        var rest = await RestItemsAsync(client, "/api/v1/professionals?pageSize=100");
        var graphql = await GraphQLNodesAsync(
            client,
            "professionals",
            """
            databaseId displayName professionId isActive listingStatus expertiseTags languages about municipalities domains version
            memberships { organisationId roleTitle } contactPoints { id channel value visibility }
            """
        );
        Assert.Equal(rest.Select(ProfessionalKey), graphql.Select(ProfessionalKey));
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Organisations_routes_covenants_and_trust_match(string login)
    {
        var client = factory.ClientFor(login);
        foreach (
            var (path, field) in new[]
            {
                ("/api/v1/organisations?pageSize=100", "organisations"),
                ("/api/v1/routes?pageSize=100", "routes"),
                ("/api/v1/covenants?pageSize=100", "covenants"),
                ("/api/v1/trust-relationships?pageSize=100", "trustRelationships"),
            }
        )
        {
            var rest = (await RestItemsAsync(client, path)).Select(o => $"{o["id"]}@{o["version"]}");
            var graphql = (await GraphQLNodesAsync(client, field, "databaseId version")).Select(o =>
                $"{o["databaseId"]}@{o["version"]}"
            );
            Assert.Equal(rest, graphql);
        }
    }

    private static async Task<List<JsonNode>> RestItemsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.Forbidden)
            return [];
        var body = await response.ExpectAsync(HttpStatusCode.OK);
        return body!["items"]!.AsArray().Select(i => i!).ToList();
    }

    private static async Task<List<JsonNode>> GraphQLNodesAsync(HttpClient client, string field, string selection)
    {
        var response = await client.GraphQLAsync($"{{ {field}(first: 100) {{ edges {{ node {{ {selection} }} }} }} }}");
        if (response.Codes.Contains("FORBIDDEN"))
            return [];
        return response.Ok()[field]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
    }

    private static string ProfessionalKey(JsonNode p)
    {
        var id = (p["id"] ?? p["databaseId"])!.GetValue<string>();
        var memberships = p["memberships"]!.AsArray().Select(m => $"{Guid(m!["organisationId"]!)}:{m["roleTitle"]}");
        var contactPoints = p["contactPoints"]!
            .AsArray()
            .Select(c => $"{c!["id"]}:{Constant(c["channel"]!)}:{c["value"]}:{Constant(c["visibility"]!)}");
        return string.Join(
            "|",
            id,
            p["displayName"],
            p["professionId"],
            p["isActive"],
            Constant(p["listingStatus"]!),
            p["expertiseTags"]!.ToJsonString(),
            p["languages"]?.ToJsonString(),
            p["about"],
            p["municipalities"]!.ToJsonString(),
            p["domains"]!.ToJsonString(),
            p["version"],
            string.Join(",", memberships),
            string.Join(",", contactPoints)
        );
    }

    /// <summary>REST writes enum values camelCase, GraphQL CONSTANT_CASE; compare them without case or underscores.</summary>
    private static string Constant(JsonNode value) => value.GetValue<string>().Replace("_", "").ToLowerInvariant();

    /// <summary>REST gives organisation ids as GUIDs, GraphQL as global ids ("Organisation:{guid}" in base64url).</summary>
    private static string Guid(JsonNode value)
    {
        var text = value.GetValue<string>();
        if (System.Guid.TryParse(text, out var id))
            return id.ToString();
        var padded = text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':')[1];
    }
}
