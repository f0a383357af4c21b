using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>Organisations through GraphQL: the same rules as REST, because both call OrganisationService.</summary>
public sealed class OrganisationGraphQLTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Fields =
        "id databaseId name kind isActive domains municipalities version contactPoints { channel value label }";

    [Fact]
    public async Task Coordinator_creates_and_reads_back_through_graphql_and_rest()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = await client.CreateOrganisationAsync("GraphQL Lyceum");

        var read = (
            await client.GraphQLAsync($"query($id: ID!) {{ organisation(id: $id) {{ {Fields} }} }}", new { id })
        ).Ok()["organisation"]!;
        Assert.Equal("GraphQL Lyceum", read["name"]!.GetValue<string>());
        Assert.Equal(1, read["version"]!.GetValue<int>());
        Assert.Equal("WORK_PHONE", read["contactPoints"]![0]!["channel"]!.GetValue<string>());

        var rest = await (
            await client.GetAsync($"/api/v1/organisations/{read["databaseId"]!.GetValue<string>()}")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("GraphQL Lyceum", rest!["name"]!.GetValue<string>());
        Assert.Equal("workPhone", rest["contactPoints"]![0]!["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_lists_every_invalid_field_at_once_under_field_errors()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.GraphQLAsync(
            "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
            new
            {
                input = new
                {
                    name = "",
                    kind = new string('k', 61),
                    domains = new[] { "no-such-domain" },
                    municipalities = Array.Empty<string>(),
                },
            }
        );

        Assert.Equal(HttpStatusCode.OK, response.Http.StatusCode); // executed: the error is a field error
        var fieldErrors = response.Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!.AsObject();
        Assert.Equal(["domains", "kind", "municipalities", "name"], fieldErrors.Select(e => e.Key).Order());
        Assert.Null(response.Data!["createOrganisation"]);
    }

    [Fact]
    public async Task System_client_may_not_create_organisations()
    {
        var response = await factory
            .ClientFor("system.amberveen")
            .GraphQLAsync(
                "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                new { input = GraphQLClient.NewSchool("Not allowed") }
            );
        response.Error("FORBIDDEN");
    }

    [Fact]
    public async Task Stale_expected_version_gives_precondition_failed_and_changes_nothing()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = await client.CreateOrganisationAsync("Versioned GraphQL School");
        const string update =
            "mutation($id: ID!, $v: Int!, $input: OrganisationInput!) { updateOrganisation(id: $id, expectedVersion: $v, input: $input) { name version } }";

        var first = (
            await client.GraphQLAsync(
                update,
                new
                {
                    id,
                    v = 1,
                    input = GraphQLClient.NewSchool("Versioned GraphQL School 2"),
                }
            )
        ).Ok();
        Assert.Equal(2, first["updateOrganisation"]!["version"]!.GetValue<int>());

        var stale = await client.GraphQLAsync(
            update,
            new
            {
                id,
                v = 1,
                input = GraphQLClient.NewSchool("Lost update"),
            }
        );
        stale.Error("PRECONDITION_FAILED");

        var current = (
            await client.GraphQLAsync("query($id: ID!) { organisation(id: $id) { name } }", new { id })
        ).Ok();
        Assert.Equal("Versioned GraphQL School 2", current["organisation"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_municipality_coordinator_gets_not_found_on_read_update_and_deactivate()
    {
        var id = await factory
            .ClientFor("coordinator.amberveen")
            .CreateOrganisationAsync("Only Amberveen GraphQL College");
        var other = factory.ClientFor("coordinator.lindewaard");

        var read = await other.GraphQLAsync("query($id: ID!) { organisation(id: $id) { name } }", new { id });
        read.Error("NOT_FOUND");
        Assert.Null(read.Data!["organisation"]);

        var update = await other.GraphQLAsync(
            "mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, expectedVersion: 1, input: $input) { name } }",
            new { id, input = GraphQLClient.NewSchool("Hijacked", "GM9902") }
        );
        update.Error("NOT_FOUND");
        (
            await other.GraphQLAsync("mutation($id: ID!) { deactivateOrganisation(id: $id) { isActive } }", new { id })
        ).Error("NOT_FOUND");

        var list = (await other.GraphQLAsync("{ organisations(first: 100) { edges { node { id } } } }")).Ok();
        Assert.DoesNotContain(list["organisations"]!["edges"]!.AsArray(), e =>
            e!["node"]!["id"]!.GetValue<string>() == id
        );
    }

    [Fact]
    public async Task Deactivated_organisation_leaves_the_default_list_and_comes_back_on_reactivation()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = await client.CreateOrganisationAsync("Closing GraphQL School");

        var deactivated = (
            await client.GraphQLAsync(
                "mutation($id: ID!) { deactivateOrganisation(id: $id, expectedVersion: 1) { isActive version } }",
                new { id }
            )
        ).Ok();
        Assert.False(deactivated["deactivateOrganisation"]!["isActive"]!.GetValue<bool>());
        const string count =
            """query($all: Boolean) { organisations(name: "Closing GraphQL", includeInactive: $all) { totalCount } }""";
        Assert.Equal(
            0,
            (await client.GraphQLAsync(count, new { all = false })).Ok()["organisations"]![
                "totalCount"
            ]!.GetValue<int>()
        );
        Assert.Equal(
            1,
            (await client.GraphQLAsync(count, new { all = true })).Ok()["organisations"]!["totalCount"]!.GetValue<int>()
        );

        (
            await client.GraphQLAsync("mutation($id: ID!) { reactivateOrganisation(id: $id) { isActive } }", new { id })
        ).Ok();
        Assert.Equal(
            1,
            (await client.GraphQLAsync(count, new { all = false })).Ok()["organisations"]![
                "totalCount"
            ]!.GetValue<int>()
        );
    }

    [Fact]
    public async Task Pages_follow_end_cursors_until_the_end_and_match_rest_filters()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        for (var i = 0; i < 3; i++)
            await client.CreateOrganisationAsync($"Paging GraphQL School {i}");

        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var page = (
                await client.GraphQLAsync(
                    """query($after: String) { organisations(name: "Paging GraphQL", domain: "education", municipality: "GM9901", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }""",
                    new { after }
                )
            ).Ok()["organisations"]!;
            Assert.Equal(3, page["totalCount"]!.GetValue<int>());
            var edges = page["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => e!["node"]!["name"]!.GetValue<string>()));
            hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), after);
        }
        Assert.Equal(["Paging GraphQL School 0", "Paging GraphQL School 1", "Paging GraphQL School 2"], seen);

        var rest = await (await client.GetAsync("/api/v1/organisations?name=Paging%20GraphQL&pageSize=2")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains("after=", rest!["links"]!["next"]!["href"]!.GetValue<string>());
    }

    [Fact]
    public async Task Page_size_out_of_range_is_a_validation_error_naming_first()
    {
        var response = await factory
            .ClientFor("coordinator.amberveen")
            .GraphQLAsync("{ organisations(first: 101) { totalCount } }");
        var fieldErrors = response.Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!.AsObject();
        Assert.True(fieldErrors.ContainsKey("first"));
    }

    [Fact]
    public async Task Viewer_describes_the_caller()
    {
        var viewer = (
            await factory
                .ClientFor("system.amberveen")
                .GraphQLAsync("{ viewer { subject role municipalities professionalId scopes } }")
        ).Ok()["viewer"]!;
        Assert.Equal("system.amberveen", viewer["subject"]!.GetValue<string>());
        Assert.Equal("SYSTEM", viewer["role"]!.GetValue<string>());
        Assert.Equal(["GM9901"], viewer["municipalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Null(viewer["professionalId"]);
        Assert.Contains("network.directory.read", viewer["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }
}
