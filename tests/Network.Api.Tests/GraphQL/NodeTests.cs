using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>Global object identification: an invisible id is answered exactly like an unknown one.</summary>
public sealed class NodeTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { __typename id ... on Organisation { name } } }";

    private static string GlobalIdOf(string type, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task Node_fetches_a_visible_organisation_by_its_global_id()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = await client.CreateOrganisationAsync("Node School");
        var node = (await client.GraphQLAsync(NodeQuery, new { id })).Ok()["node"]!;
        Assert.Equal("Organisation", node["__typename"]!.GetValue<string>());
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal("Node School", node["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invisible_unknown_and_malformed_ids_all_give_null_and_not_found()
    {
        var invisible = await factory
            .ClientFor("coordinator.amberveen")
            .CreateOrganisationAsync("Invisible Node School");
        var lindewaard = factory.ClientFor("coordinator.lindewaard");
        var answers = new List<string>();
        foreach (
            var id in new[]
            {
                invisible,
                GlobalIdOf("Organisation", Guid.NewGuid()),
                GlobalIdOf("Spaceship", Guid.NewGuid()),
                "not-a-global-id",
            }
        )
        {
            var response = await lindewaard.GraphQLAsync(NodeQuery, new { id });
            var error = response.Error("NOT_FOUND");
            Assert.Null(response.Data!["node"]);
            answers.Add(error["message"]!.GetValue<string>());
        }
        // The invisible organisation's answer is the same as that for an organisation id that never existed.
        Assert.Equal(answers[1], answers[0]);
    }

    [Fact]
    public async Task Nodes_returns_objects_in_order_with_nulls_for_what_is_not_visible()
    {
        var amberveen = factory.ClientFor("coordinator.amberveen");
        var lindewaard = factory.ClientFor("coordinator.lindewaard");
        var a = await amberveen.CreateOrganisationAsync("Nodes School A");
        var b = await lindewaard.CreateOrganisationAsync("Nodes School B", "GM9902");
        var hidden = await amberveen.CreateOrganisationAsync("Nodes School Hidden");

        var response = await lindewaard.GraphQLAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name } } }",
            new { ids = new[] { b, hidden, a } }
        );

        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal("Nodes School B", nodes[0]!["name"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Null(nodes[2]);
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], response.Codes);
        Assert.Equal([1, 2], response.Errors.Select(e => e!["path"]![1]!.GetValue<int>()));
    }
}
