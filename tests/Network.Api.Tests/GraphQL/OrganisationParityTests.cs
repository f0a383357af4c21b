using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// One set of rules: the same principal asking the same question through REST and GraphQL sees the same
/// organisations with the same fields, because both doors call OrganisationService.
/// </summary>
public sealed class OrganisationParityTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Query = """
        query($inactive: Boolean) { organisations(first: 100, includeInactive: $inactive) { totalCount edges { node {
          databaseId name kind isActive domains municipalities version contactPoints { channel value label } } } } }
        """;

    [Theory]
    [InlineData("coordinator.amberveen")]
    [InlineData("coordinator.lindewaard")]
    [InlineData("system.amberveen")]
    [InlineData("admin")]
    public async Task Rest_and_graphql_show_the_same_organisations_and_fields(string login)
    {
        await SeedAsync();
        var client = factory.ClientFor(login);
        foreach (var inactive in new[] { false, true })
        {
            var rest = await (
                await client.GetAsync($"/api/v1/organisations?pageSize=100&includeInactive={inactive}")
            ).ExpectAsync(HttpStatusCode.OK);
            var graphql = (await client.GraphQLAsync(Query, new { inactive })).Ok()["organisations"]!;

            Assert.Equal(rest!["totalCount"]!.GetValue<int>(), graphql["totalCount"]!.GetValue<int>());
            var fromRest = rest["items"]!.AsArray().Select(o => Canonical(o!, o!["id"]!, channel: c => c)).ToList();
            var fromGraphQL = graphql["edges"]!
                .AsArray()
                .Select(e => e!["node"]!)
                .Select(o => Canonical(o, o["databaseId"]!, channel: RestChannel))
                .ToList();
            Assert.Equal(fromRest, fromGraphQL);
        }
    }

    private async Task SeedAsync()
    {
        var amberveen = factory.ClientFor("coordinator.amberveen");
        var lindewaard = factory.ClientFor("coordinator.lindewaard");
        if (
            (await amberveen.GraphQLAsync("""{ organisations(name: "Parity") { totalCount } }""")).Ok()[
                "organisations"
            ]!["totalCount"]!.GetValue<int>() > 0
        )
            return;
        await amberveen.CreateOrganisationAsync("Parity School Amberveen");
        await lindewaard.CreateOrganisationAsync("Parity School Lindewaard", "GM9902");
        var closed = await amberveen.CreateOrganisationAsync("Parity School Closed");
        (
            await amberveen.GraphQLAsync(
                "mutation($id: ID!) { deactivateOrganisation(id: $id) { isActive } }",
                new { id = closed }
            )
        ).Ok();
    }

    /// <summary>The fields both doors return, in one comparable string (REST writes enum values camelCase, GraphQL CONSTANT_CASE).</summary>
    private static string Canonical(JsonNode o, JsonNode id, Func<string, string> channel)
    {
        var contactPoints = o["contactPoints"]!
            .AsArray()
            .Select(c => $"{channel(c!["channel"]!.GetValue<string>())}={c["value"]}/{c["label"]}");
        return string.Join(
            "|",
            id.GetValue<string>(),
            o["name"],
            o["kind"],
            o["isActive"],
            o["version"],
            o["domains"]!.ToJsonString(),
            o["municipalities"]!.ToJsonString(),
            string.Join(",", contactPoints)
        );
    }

    private static string RestChannel(string graphqlValue)
    {
        var words = graphqlValue.ToLowerInvariant().Split('_');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
