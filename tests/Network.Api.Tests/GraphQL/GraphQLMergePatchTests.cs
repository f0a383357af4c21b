using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// The GraphQL door's partial updates (patchMyProfile, patchProfessional, patchOrganisation): a JSON Merge Patch
/// as an input object, applied by the same services as REST's PATCH. A field left out is kept, null clears it, a
/// field the input does not have is refused, a stale version changes nothing, and a field error reads as in REST.
/// </summary>
public sealed class GraphQLMergePatchTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Entry =
        "id version about expertiseTags languages offersAnonymousConsultation familyName givenName "
        + "contactPoints { id channel value visibility }";

    private readonly TestWorld _world = new(factory);

    private async Task<(HttpClient Me, JsonNode Entry)> OwnProfileAsync()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Patcher", expertise: ["radicalisation"]);
        var me = _world.AsProfessional(owner, TestWorld.A);
        return (me, await MeAsync(me));
    }

    private static async Task<JsonNode> MeAsync(HttpClient me) =>
        (await me.GraphQLAsync($"{{ me {{ {Entry} }} }}")).Ok()["me"]!;

    private static Task<GraphQLResponse> PatchMeAsync(HttpClient me, int version, object patch) =>
        me.GraphQLAsync(
            $"mutation($v: Int!, $patch: ProfilePatchInput!) {{ patchMyProfile(expectedVersion: $v, patch: $patch) {{ {Entry} }} }}",
            new { v = version, patch }
        );

    [Fact]
    public async Task Patching_the_own_profile_changes_the_one_field_it_names_and_keeps_the_others()
    {
        var (me, before) = await OwnProfileAsync();
        Assert.False(before["offersAnonymousConsultation"]!.GetValue<bool>());

        var patched = (
            await PatchMeAsync(me, before["version"]!.GetValue<int>(), new { offersAnonymousConsultation = true })
        ).Ok()["patchMyProfile"]!;

        Assert.True(patched["offersAnonymousConsultation"]!.GetValue<bool>());
        foreach (var kept in new[] { "contactPoints", "expertiseTags", "languages", "about" })
            Assert.Equal(before[kept]!.ToJsonString(), patched[kept]!.ToJsonString());
        Assert.Equal(before["version"]!.GetValue<int>() + 1, patched["version"]!.GetValue<int>());
        Assert.Equal(patched.ToJsonString(), (await MeAsync(me)).ToJsonString());
    }

    [Fact]
    public async Task Null_clears_an_optional_field_and_a_list_replaces_the_current_one()
    {
        var (me, before) = await OwnProfileAsync();
        Assert.NotNull(before["about"]);

        // A literal null, as a client writes it in the document rather than in variables.
        var patched = (
            await me.GraphQLAsync(
                $"mutation {{ patchMyProfile(expectedVersion: {before["version"]}, patch: {{ about: null, expertiseTags: [\"online-extremism\"] }}) {{ {Entry} }} }}"
            )
        ).Ok()["patchMyProfile"]!;

        Assert.Null(patched["about"]);
        Assert.Equal("""["online-extremism"]""", patched["expertiseTags"]!.ToJsonString());
        Assert.Equal(before["contactPoints"]!.ToJsonString(), patched["contactPoints"]!.ToJsonString());
        Assert.Equal(before["languages"]!.ToJsonString(), patched["languages"]!.ToJsonString());
    }

    [Fact]
    public async Task A_field_the_input_does_not_have_is_refused_and_nothing_changes()
    {
        var (me, before) = await OwnProfileAsync();

        var inVariables = await PatchMeAsync(me, before["version"]!.GetValue<int>(), new { displayName = "x" });
        var inDocument = await me.GraphQLAsync(
            $"mutation {{ patchMyProfile(expectedVersion: {before["version"]}, patch: {{ displayName: \"x\" }}) {{ id }} }}"
        );

        foreach (var refused in new[] { inVariables, inDocument })
        {
            Assert.Null(refused.Data?["patchMyProfile"]);
            Assert.Contains("displayName", Assert.Single(refused.Errors)!["message"]!.GetValue<string>());
        }
        Assert.Equal(before.ToJsonString(), (await MeAsync(me)).ToJsonString());
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_changes()
    {
        var (me, before) = await OwnProfileAsync();

        var stale = await PatchMeAsync(me, before["version"]!.GetValue<int>() + 7, new { about = "Mentor" });

        stale.Error("PRECONDITION_FAILED");
        Assert.Equal(before.ToJsonString(), (await MeAsync(me)).ToJsonString());
    }

    [Fact]
    public async Task Clearing_a_yes_no_field_is_a_field_error_not_a_crash()
    {
        var (me, before) = await OwnProfileAsync();

        var refused = await PatchMeAsync(
            me,
            before["version"]!.GetValue<int>(),
            new Dictionary<string, object?> { ["offersAnonymousConsultation"] = null }
        );

        var errors = refused.Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!.AsObject();
        Assert.Equal(["offersAnonymousConsultation"], errors.Select(e => e.Key));
        Assert.Equal(before.ToJsonString(), (await MeAsync(me)).ToJsonString());
    }

    [Fact]
    public async Task A_coordinator_patches_a_name_and_the_entry_keeps_everything_else_even_what_they_cannot_see()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Renamed", privateNote: "secure@owner.example");
        var ownerClient = _world.AsProfessional(owner, TestWorld.A);
        var ownerBefore = await MeAsync(ownerClient);
        var id = GlobalId.Encode("Professional", owner);

        var patched = (
            await _world
                .AsCoordinator(TestWorld.A)
                .GraphQLAsync(
                    "mutation($id: ID!, $v: Int!) { patchProfessional(id: $id, expectedVersion: $v, "
                        + "patch: { familyName: \"Renamed-de Vries\" }) { familyName givenName about } }",
                    new { id, v = ownerBefore["version"]!.GetValue<int>() }
                )
        ).Ok()["patchProfessional"]!;

        Assert.Equal("Renamed-de Vries", patched["familyName"]!.GetValue<string>());
        Assert.Equal(ownerBefore["givenName"]!.GetValue<string>(), patched["givenName"]!.GetValue<string>());
        var ownerAfter = await MeAsync(ownerClient);
        Assert.Equal(ownerBefore["contactPoints"]!.ToJsonString(), ownerAfter["contactPoints"]!.ToJsonString());
        Assert.Contains(ownerAfter["contactPoints"]!.AsArray(), c =>
            c!["channel"]!.GetValue<string>() == "SECURE_MAIL"
        );
        Assert.Equal(ownerBefore["about"]!.ToJsonString(), ownerAfter["about"]!.ToJsonString());

        // What a viewer may not see stays NOT_FOUND, patch or not.
        (
            await _world
                .AsCoordinator(TestWorld.B)
                .GraphQLAsync(
                    "mutation($id: ID!) { patchProfessional(id: $id, expectedVersion: 2, patch: { familyName: \"x\" }) { id } }",
                    new { id }
                )
        ).Error("NOT_FOUND");
    }

    [Fact]
    public async Task An_organisation_patch_keeps_its_domains_and_contact_points_and_a_required_field_cleared_reads_as_in_rest()
    {
        var coordinator = _world.AsCoordinator(TestWorld.A);
        var id = await coordinator.CreateOrganisationAsync($"Patch college {_world.Suffix}");
        const string Org = "id version name kind domains contactPoints { channel value label }";
        var before = (
            await coordinator.GraphQLAsync($"query($id: ID!) {{ organisation(id: $id) {{ {Org} }} }}", new { id })
        ).Ok()["organisation"]!;

        var patched = (
            await coordinator.GraphQLAsync(
                $"mutation($id: ID!, $v: Int!) {{ patchOrganisation(id: $id, expectedVersion: $v, patch: {{ kind: \"vo-school\" }}) {{ {Org} }} }}",
                new { id, v = before["version"]!.GetValue<int>() }
            )
        ).Ok()["patchOrganisation"]!;
        Assert.Equal("vo-school", patched["kind"]!.GetValue<string>());
        Assert.Equal(before["name"]!.ToJsonString(), patched["name"]!.ToJsonString());
        Assert.Equal(before["domains"]!.ToJsonString(), patched["domains"]!.ToJsonString());
        Assert.Equal(before["contactPoints"]!.ToJsonString(), patched["contactPoints"]!.ToJsonString());

        // null on a required field: the service's field errors, the same keys REST's PATCH reports.
        var version = patched["version"]!.GetValue<int>();
        var graphql = (
            await coordinator.GraphQLAsync(
                "mutation($id: ID!, $v: Int!) { patchOrganisation(id: $id, expectedVersion: $v, "
                    + "patch: { name: null, domains: [] }) { id } }",
                new { id, v = version }
            )
        ).Error("VALIDATION_FAILED")["extensions"]!["fieldErrors"]!.AsObject();
        using var rest = new HttpRequestMessage(
            HttpMethod.Patch,
            $"/api/v1/organisations/{Nodes.IdOf<Application.Organisations.OrganisationDto>(id)}"
        )
        {
            Content = new StringContent(
                """{"name": null, "domains": []}""",
                Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        rest.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        var problem = await (await coordinator.SendAsync(rest)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["domains", "name"], graphql.Select(e => e.Key).Order());
        Assert.Equal(problem["errors"]!.AsObject().Select(e => e.Key).Order(), graphql.Select(e => e.Key).Order());
        var after = (
            await coordinator.GraphQLAsync($"query($id: ID!) {{ organisation(id: $id) {{ {Org} }} }}", new { id })
        ).Ok()["organisation"]!;
        Assert.Equal(patched.ToJsonString(), after.ToJsonString());
    }
}
