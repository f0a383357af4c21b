using System.Text;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.GraphQL;

/// <summary>Professionals, trust, self-service and catalogues through GraphQL, on the demo network.</summary>
public sealed class NetworkGraphQLTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private static string Gid(string type, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task A_professional_of_another_municipality_is_not_found_by_node_or_professional()
    {
        var id = Gid("Professional", DemoNetwork.Ids.PoliceOfficerLindewaard);
        var teacher = factory.ClientFor("teacher.amberveen");
        var node = await teacher.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        node.Error("NOT_FOUND");
        Assert.Null(node.Data!["node"]);
        (await teacher.GraphQLAsync("query($id: ID!) { professional(id: $id) { displayName } }", new { id })).Error(
            "NOT_FOUND"
        );

        var own = (
            await factory
                .ClientFor("coordinator.lindewaard")
                .GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Professional { displayName } } }", new { id })
        ).Ok();
        Assert.Equal("Wouter Dijkstra", own["node"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Memberships_lead_to_their_organisations_and_organisations_to_their_members()
    {
        var data = (
            await factory
                .ClientFor("coordinator.amberveen")
                .GraphQLAsync(
                    """
                    query($id: ID!) { professional(id: $id) { memberships { organisation { name members { databaseId } } } } }
                    """,
                    new { id = Gid("Professional", DemoNetwork.Ids.TeacherAmberveen) }
                )
        ).Ok();
        var organisation = data["professional"]!["memberships"]![0]!["organisation"]!;
        Assert.False(string.IsNullOrEmpty(organisation["name"]!.GetValue<string>()));
        Assert.Contains(organisation["members"]!.AsArray(), m =>
            m!["databaseId"]!.GetValue<string>() == DemoNetwork.Ids.TeacherAmberveen.ToString()
        );
    }

    [Fact]
    public async Task Trust_is_proposed_and_confirmed_through_graphql_and_hidden_from_other_coordinators()
    {
        var newcomer = factory.ClientFor("newcomer.amberveen");
        var proposed = (
            await newcomer.GraphQLAsync(
                "mutation($p: ID!) { proposeTrust(professionalId: $p) { id status version } }",
                new { p = Gid("Professional", DemoNetwork.Ids.YouthDoctorAmberveen) }
            )
        ).Ok()["proposeTrust"]!;
        Assert.Equal("PROPOSED", proposed["status"]!.GetValue<string>());
        var id = proposed["id"]!.GetValue<string>();

        var doctor = factory.ClientFor("youth-doctor.amberveen");
        (
            await doctor.GraphQLAsync(
                "mutation($id: ID!) { confirmTrust(id: $id, expectedVersion: 99) { status } }",
                new { id }
            )
        ).Error("PRECONDITION_FAILED");
        var confirmed = (
            await doctor.GraphQLAsync(
                "mutation($id: ID!, $v: Int) { confirmTrust(id: $id, expectedVersion: $v) { status proposer { displayName } } }",
                new { id, v = proposed["version"]!.GetValue<int>() }
            )
        ).Ok()["confirmTrust"]!;
        Assert.Equal("CONFIRMED", confirmed["status"]!.GetValue<string>());

        var mine = (
            await newcomer.GraphQLAsync("{ myTrustRelationships(status: CONFIRMED) { edges { node { id } } } }")
        ).Ok();
        Assert.Contains(mine["myTrustRelationships"]!["edges"]!.AsArray(), e =>
            e!["node"]!["id"]!.GetValue<string>() == id
        );
        (
            await factory
                .ClientFor("coordinator.lindewaard")
                .GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id })
        ).Error("NOT_FOUND");
    }

    [Fact]
    public async Task Coordinators_may_not_propose_trust()
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .GraphQLAsync(
                "mutation($p: ID!) { proposeTrust(professionalId: $p) { id } }",
                new { p = Gid("Professional", DemoNetwork.Ids.TeacherAmberveen) }
            );
        response.Error("FORBIDDEN");
    }

    [Fact]
    public async Task Me_is_the_callers_own_entry_with_every_contact_point()
    {
        var me = (
            await factory
                .ClientFor("teacher.amberveen")
                .GraphQLAsync("{ me { databaseId contactPoints { visibility } } }")
        ).Ok()["me"]!;
        Assert.Equal(DemoNetwork.Ids.TeacherAmberveen.ToString(), me["databaseId"]!.GetValue<string>());
        Assert.NotEmpty(me["contactPoints"]!.AsArray());
    }

    [Fact]
    public async Task Admins_edit_catalogues_with_expected_versions_and_coordinators_may_not()
    {
        var admin = factory.ClientFor("admin");
        var created = (
            await admin.GraphQLAsync(
                """mutation { createDomain(input: {id: "graphql-test", name: "GraphQL test", nameNl: "GraphQL-test"}) { id version } }"""
            )
        ).Ok()["createDomain"]!;
        var version = created["version"]!.GetValue<string>();

        const string update =
            "mutation($v: String!, $name: String!) { updateDomain(id: \"graphql-test\", expectedVersion: $v, input: {name: $name, nameNl: \"GraphQL-test\"}) { name version } }";
        var updated = (await admin.GraphQLAsync(update, new { v = version, name = "GraphQL test 2" })).Ok()[
            "updateDomain"
        ]!;
        Assert.NotEqual(version, updated["version"]!.GetValue<string>());
        (await admin.GraphQLAsync(update, new { v = version, name = "Lost update" })).Error("PRECONDITION_FAILED");

        var refused = await factory
            .ClientFor("coordinator.amberveen")
            .GraphQLAsync("""mutation { createDomain(input: {id: "not-allowed", name: "x", nameNl: "x"}) { id } }""");
        refused.Error("FORBIDDEN");
        var read = (await admin.GraphQLAsync("""{ domain(id: "graphql-test") { name } }""")).Ok();
        Assert.Equal("GraphQL test 2", read["domain"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_professional_input_lists_every_field_error()
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .GraphQLAsync(
                "mutation($input: ProfessionalInput!) { createProfessional(input: $input) { id } }",
                new
                {
                    input = new
                    {
                        givenName = "",
                        familyName = "Test",
                        professionId = "no-such-profession",
                        municipalities = new[] { "GM9902" },
                        memberships = new[]
                        {
                            new
                            {
                                organisationId = "not-a-global-id",
                                roleTitle = "Role",
                                startDate = "2025-01-01",
                            },
                        },
                    },
                }
            );
        var fieldErrors = response.Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!.AsObject();
        Assert.True(fieldErrors.Count >= 3, fieldErrors.ToJsonString());
        Assert.True(fieldErrors.ContainsKey("givenName"));
        Assert.True(fieldErrors.ContainsKey("professionId"));
    }
}
