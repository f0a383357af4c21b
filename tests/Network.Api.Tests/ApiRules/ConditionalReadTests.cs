using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.ApiRules;

/// <summary>If-None-Match on single resources: 304 while the viewer would be shown the same, never longer.</summary>
public sealed class ConditionalReadTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string url, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task An_unchanged_organisation_answers_304_without_a_body_and_a_changed_one_200()
    {
        var client = _world.AsCoordinator(TestWorld.A);
        var id = await _world.OrganisationAsync("Conditional school", TestWorld.A, "education");
        var url = $"/api/v1/organisations/{id}";
        var first = await client.GetAsync(url);
        var body = await first.ExpectAsync(HttpStatusCode.OK);
        var etag = first.Headers.ETag!.Tag;

        var again = await GetIfNoneMatchAsync(client, url, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag?.Tag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        // The tag the GET gave is what If-Match takes on the update.
        Assert.StartsWith("Conditional school", body!["name"]!.GetValue<string>());
        var replacement = new JsonObject
        {
            ["name"] = "Conditional school renamed",
            ["kind"] = "school",
            ["domains"] = new JsonArray("education"),
            ["municipalities"] = new JsonArray(TestWorld.A),
        };
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent(replacement) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        var updated = await client.SendAsync(put);
        await updated.ExpectAsync(HttpStatusCode.OK);

        var afterUpdate = await GetIfNoneMatchAsync(client, url, etag);
        var renamed = await afterUpdate.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Conditional school renamed", renamed!["name"]!.GetValue<string>());
        Assert.NotEqual(etag, afterUpdate.Headers.ETag!.Tag);
        Assert.Equal(updated.Headers.ETag!.Tag, afterUpdate.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Trust_confirmed_elsewhere_changes_what_a_colleague_is_shown_so_the_old_tag_no_longer_matches()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Owner", mobile: "+31 6 0000 0042");
        var reader = await _world.ProfessionalAsync(TestWorld.A, "Reader");
        var client = _world.AsProfessional(reader, TestWorld.A);
        var url = $"/api/v1/professionals/{owner}";
        var before = await client.GetAsync(url);
        var stranger = await before.ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("mobile", Professionals.ProfessionalApiTests.Channels(stranger!));
        var etag = before.Headers.ETag!.Tag;

        await _world.TrustAsync(reader, owner);
        await _world.RefreshIndexesAsync();

        // The row did not change, so the version part of the tag is the same; what the reader is shown did.
        var after = await GetIfNoneMatchAsync(client, url, etag);
        var trusted = await after.ExpectAsync(HttpStatusCode.OK);
        Assert.Contains("mobile", Professionals.ProfessionalApiTests.Channels(trusted!));
        Assert.NotEqual(etag, after.Headers.ETag!.Tag);
        Assert.Equal(VersionPart(etag), VersionPart(after.Headers.ETag!.Tag));
    }

    [Fact]
    public async Task A_tag_from_another_viewer_does_not_match_when_the_answer_differs()
    {
        var owner = await _world.ProfessionalAsync(TestWorld.A, "Shown", mobile: "+31 6 0000 0043");
        var coordinator = _world.AsCoordinator(TestWorld.A);
        var url = $"/api/v1/professionals/{owner}";
        var coordinatorTag = (await coordinator.GetAsync(url)).Headers.ETag!.Tag;

        var colleague = await _world.ProfessionalAsync(TestWorld.A, "Colleague");
        var answer = await GetIfNoneMatchAsync(_world.AsProfessional(colleague, TestWorld.A), url, coordinatorTag);
        await answer.ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task What_a_viewer_may_not_see_stays_404_whatever_the_tag()
    {
        var id = await _world.OrganisationAsync("Elsewhere school", TestWorld.B, "education");
        var answer = await GetIfNoneMatchAsync(_world.AsCoordinator(TestWorld.A), $"/api/v1/organisations/{id}", "*");
        await answer.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_document_declares_If_None_Match_and_304_on_single_resources()
    {
        var doc = await TestHosts.OpenApiDocumentAsync(factory);
        var get = doc["paths"]!["/organisations/{id}"]!["get"]!;
        Assert.Contains(get["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-None-Match");
        Assert.NotNull(get["responses"]!["304"]);
        var list = doc["paths"]!["/organisations"]!["get"]!;
        Assert.Null(list["responses"]!["304"]);
    }

    private static string VersionPart(string tag) => tag.Trim('"').Split('.')[0];

    private static StringContent JsonContent(JsonNode body) =>
        new(body.ToJsonString(), new MediaTypeHeaderValue("application/json"));
}
