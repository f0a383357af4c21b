using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Professionals;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// Partial updates (JSON Merge Patch, RFC 7396) change what they name and nothing else. Before, the only way to
/// change the own mobile was a PUT of the whole profile, and a PUT carrying only the mobile erased the rest.
/// </summary>
public sealed class MergePatchTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private static async Task<HttpResponseMessage> PatchAsync(
        HttpClient client,
        string url,
        string body,
        string? ifMatch,
        string mediaType = "application/merge-patch+json"
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private async Task<(HttpClient Me, JsonNode Entry, string ETag)> OwnProfileAsync()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Patcher", expertise: ["radicalisation"]);
        var me = _world.AsProfessional(owner, TestWorld.A);
        var read = await me.GetAsync("/api/v1/me");
        return (me, (await read.ExpectAsync(HttpStatusCode.OK))!, read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Patching_the_own_profile_changes_only_what_it_names()
    {
        var (me, before, etag) = await OwnProfileAsync();
        var patched = await (
            await PatchAsync(me, "/api/v1/me/profile", """{"offersAnonymousConsultation": true}""", etag)
        ).ExpectAsync(HttpStatusCode.OK);

        Assert.True(patched!["offersAnonymousConsultation"]!.GetValue<bool>());
        foreach (var kept in new[] { "contactPoints", "expertiseTags", "languages", "about" })
            Assert.Equal(before[kept]!.ToJsonString(), patched[kept]!.ToJsonString());
        Assert.Equal(before["version"]!.GetValue<int>() + 1, patched["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_patch_after_a_cleared_property_keeps_it_cleared()
    {
        // The answer leaves a null property out; the patch is applied to the input as a PUT names it, all of it.
        var (me, _, etag) = await OwnProfileAsync();
        var cleared = await PatchAsync(me, "/api/v1/me/profile", """{"about": null}""", etag);
        await cleared.ExpectAsync(HttpStatusCode.OK);

        var patched = await (
            await PatchAsync(me, "/api/v1/me/profile", """{"languages": ["nl", "ar"]}""", cleared.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Null(patched!["about"]);
        Assert.Equal("""["ar","nl"]""", patched["languages"]!.ToJsonString());
    }

    [Fact]
    public async Task Null_clears_a_property_and_an_array_replaces_the_list()
    {
        var (me, before, etag) = await OwnProfileAsync();
        var patched = await (
            await PatchAsync(
                me,
                "/api/v1/me/profile",
                """{"about": null, "expertiseTags": ["online-extremism"]}""",
                etag
            )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Null(patched!["about"]);
        Assert.Equal("""["online-extremism"]""", patched["expertiseTags"]!.ToJsonString());
        Assert.Equal(before["contactPoints"]!.ToJsonString(), patched["contactPoints"]!.ToJsonString());
    }

    [Fact]
    public async Task A_put_that_leaves_properties_out_is_refused_instead_of_erasing_them()
    {
        var (me, before, etag) = await OwnProfileAsync();
        var mobileOnly = new JsonObject
        {
            ["contactPoints"] = new JsonArray(new JsonObject { ["channel"] = "mobile", ["value"] = "+31 6 0000 0077" }),
        };
        var problem = await (await me.PutJsonAsync("/api/v1/me/profile", mobileOnly, etag)).ExpectProblemAsync(
            HttpStatusCode.BadRequest
        );
        Assert.Contains("expertiseTags", problem["detail"]!.GetValue<string>());
        var after = await (await me.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(before.ToJsonString(), after!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"about": "x"}""", null, "application/merge-patch+json", 428)]
    [InlineData("""{"about": "x"}""", "\"999\"", "application/merge-patch+json", 412)]
    [InlineData("""{"about": "x"}""", "etag", "application/json", 415)]
    [InlineData("""{"displayName": "x"}""", "etag", "application/merge-patch+json", 400)]
    [InlineData("""[{"about": "x"}]""", "etag", "application/merge-patch+json", 400)]
    [InlineData("""{"about": """, "etag", "application/merge-patch+json", 400)]
    [InlineData("""{"about": "BSN 123456782 of the pupil"}""", "etag", "application/merge-patch+json", 400)]
    [InlineData("""{"contactPoints": [{"channel": "mobile"}]}""", "etag", "application/merge-patch+json", 400)]
    public async Task A_bad_patch_gets_a_clear_problem_and_changes_nothing(
        string body,
        string? ifMatch,
        string mediaType,
        int status
    )
    {
        var (me, before, etag) = await OwnProfileAsync();
        var answer = await PatchAsync(me, "/api/v1/me/profile", body, ifMatch == "etag" ? etag : ifMatch, mediaType);
        var problem = await answer.ExpectProblemAsync((HttpStatusCode)status);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        if (status == 415)
            Assert.Contains("merge-patch", problem["detail"]!.GetValue<string>());
        var after = await (await me.GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(before.ToJsonString(), after!.ToJsonString());
    }

    [Fact]
    public async Task A_coordinator_patches_a_name_and_the_entry_keeps_everything_else_even_what_they_cannot_see()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Renamed", privateNote: "secure@owner.example");
        var ownerBefore = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );
        var coordinator = _world.AsCoordinator(TestWorld.A);
        var url = $"/api/v1/professionals/{owner}";
        var read = await coordinator.GetAsync(url);
        await read.ExpectAsync(HttpStatusCode.OK);

        var patched = await (
            await PatchAsync(coordinator, url, """{"familyName": "Renamed-de Vries"}""", read.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Renamed-de Vries", patched!["familyName"]!.GetValue<string>());

        var ownerAfter = await (await _world.AsProfessional(owner, TestWorld.A).GetAsync("/api/v1/me")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(ownerBefore!["contactPoints"]!.ToJsonString(), ownerAfter!["contactPoints"]!.ToJsonString());
        Assert.Contains("secureMail", ProfessionalApiTests.Channels(ownerAfter));
        Assert.Equal(ownerBefore["about"]!.ToJsonString(), ownerAfter["about"]!.ToJsonString());
    }

    [Fact]
    public async Task An_organisation_patch_keeps_its_domains_and_contact_points()
    {
        var coordinator = _world.AsCoordinator(TestWorld.A);
        var created = await (
            await coordinator.PostJsonAsync(
                "/api/v1/organisations",
                new
                {
                    name = $"Patch college {_world.Suffix}",
                    kind = "school",
                    domains = new[] { "education", "youth" },
                    municipalities = new[] { TestWorld.A },
                    contactPoints = new[] { new { channel = "workPhone", value = "+31 20 000 0001" } },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/organisations/{created!["id"]}";
        var read = await coordinator.GetAsync(url);
        var before = await read.ExpectAsync(HttpStatusCode.OK);

        var patched = await (
            await PatchAsync(coordinator, url, """{"kind": "vo-school"}""", read.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("vo-school", patched!["kind"]!.GetValue<string>());
        Assert.Equal(before!["domains"]!.ToJsonString(), patched["domains"]!.ToJsonString());
        Assert.Equal(before["contactPoints"]!.ToJsonString(), patched["contactPoints"]!.ToJsonString());

        // What a viewer may not see stays 404, patch or not.
        var elsewhere = _world.AsCoordinator(TestWorld.B);
        await (await PatchAsync(elsewhere, url, """{"kind": "x"}""", "\"2\"")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task The_document_declares_each_patch_body_with_nothing_required()
    {
        var doc = await TestHosts.OpenApiDocumentAsync(factory);
        foreach (
            var (path, input) in new[]
            {
                ("/me/profile", "ProfileInput"),
                ("/professionals/{id}", "ProfessionalInput"),
                ("/organisations/{id}", "OrganisationInput"),
            }
        )
        {
            var body = doc["paths"]![path]!["patch"]!["requestBody"]!["content"]!["application/merge-patch+json"]!;
            Assert.Equal($"#/components/schemas/{input}Patch", body["schema"]!["$ref"]!.GetValue<string>());
            var schema = doc["components"]!["schemas"]![$"{input}Patch"]!;
            Assert.Null(schema["required"]);
            var inputProperties = doc["components"]!["schemas"]![input]!["properties"]!.AsObject().Select(p => p.Key);
            Assert.Equal(inputProperties.Order(), schema["properties"]!.AsObject().Select(p => p.Key).Order());
        }
    }
}
