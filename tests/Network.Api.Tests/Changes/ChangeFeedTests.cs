using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;
using Ids = Network.Application.Persistence.Seeding.DemoNetwork.Ids;

namespace Network.Api.Tests.Changes;

/// <summary>The change feed's cursor, paging and what it tells each viewer (README "Mirroring the directory").</summary>
public sealed class ChangeFeedTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Theory]
    [InlineData("nonsense")]
    [InlineData("bzoxMg")] // an organisations list cursor ("o:12"), not a change cursor
    [InlineData("YzEuLTEuMA")] // "c1.-1.0"
    public async Task A_cursor_the_API_did_not_issue_is_a_400_naming_after(string cursor)
    {
        var response = await factory.ClientFor("system.amberveen").GetAsync($"/api/v1/changes?after={cursor}");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]!["after"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_out_of_range_is_a_400(int size)
    {
        var response = await factory.ClientFor("admin").GetAsync($"/api/v1/changes?pageSize={size}");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(problem["errors"]!["pageSize"]);
    }

    [Fact]
    public async Task Without_a_token_the_feed_and_the_export_are_401()
    {
        var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/v1/changes")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/v1/export")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_empty_feed_still_gives_a_cursor_that_keeps_working()
    {
        var client = factory.ClientFor("coordinator.lindewaard");
        var mirror = await Mirror.ExportAsync(client);
        var before = mirror.Cursor;
        await mirror.FollowAsync(client, 25);
        var page = await PageAsync(client, mirror.Cursor, 25);
        Assert.Empty(page["items"]!.AsArray());
        Assert.False(page["hasMore"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(page["cursor"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(before));
        // The next cursor from an empty page is accepted again and still finds nothing new.
        Assert.Empty((await PageAsync(client, page["cursor"]!.GetValue<string>(), 25))["items"]!.AsArray());
    }

    [Fact]
    public async Task Pages_of_one_bring_the_same_entities_as_pages_of_a_hundred()
    {
        var client = factory.ClientFor("admin");
        var (large, largePages) = await WalkAsync(client, 100);
        var (small, smallPages) = await WalkAsync(client, 1);
        Assert.Equal(large.Order(StringComparer.Ordinal), small.Order(StringComparer.Ordinal));
        Assert.True(large.Count > 90, $"the demo network's log names {large.Count} entities");
        Assert.True(smallPages >= large.Count, $"{large.Count} entities came in {smallPages} pages of one");
        Assert.True(largePages < smallPages);
    }

    private static async Task<(List<string> Entities, int Pages)> WalkAsync(HttpClient client, int size)
    {
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 1; pages < 1000; pages++)
        {
            var page = await PageAsync(client, cursor, size);
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= size);
            seen.AddRange(items.Select(item => $"{item!["type"]}/{item["id"]}"));
            cursor = page["cursor"]!.GetValue<string>();
            if (!page["hasMore"]!.GetValue<bool>())
                return (seen.Distinct().ToList(), pages);
        }
        throw new Xunit.Sdk.XunitException("the feed never ended");
    }

    [Fact]
    public async Task A_contact_point_made_private_is_an_upsert_of_its_professional_without_it()
    {
        var colleague = factory.ClientFor("youth-doctor.amberveen");
        var owner = factory.ClientFor("teacher.amberveen");
        var cursor = (await Mirror.ExportAsync(colleague)).Cursor;

        var me = await owner.GetAsync("/api/v1/me");
        var body = (await me.ExpectAsync(HttpStatusCode.OK))!;
        var work = body["contactPoints"]!.AsArray().First(c => c!["channel"]!.GetValue<string>() == "workPhone")!;
        var points = body["contactPoints"]!
            .AsArray()
            .Select(c => new
            {
                id = c!["id"]!.GetValue<string>(),
                channel = c["channel"]!.GetValue<string>(),
                value = c["value"]!.GetValue<string>(),
                visibility = c == work ? "private" : c["visibility"]!.GetValue<string>(),
            });
        var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new { contactPoints = points }, HttpAssertions.Json),
                System.Text.Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", me.Headers.ETag!.Tag);
        await (await owner.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var items = (await PageAsync(colleague, cursor, 100))["items"]!.AsArray();
        var teacher = Assert.Single(items, i => i!["id"]!.GetValue<string>() == Ids.TeacherAmberveen.ToString());
        Assert.Equal("upserted", teacher!["change"]!.GetValue<string>());
        var shown = teacher["professional"]!["contactPoints"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());
        Assert.DoesNotContain(work["id"]!.GetValue<string>(), shown);
    }

    [Fact]
    public async Task An_organisation_that_stops_serving_a_municipality_is_removed_there_and_unknown_elsewhere()
    {
        var admin = factory.ClientFor("admin");
        var created = await admin.PostJsonAsync(
            "/api/v1/organisations",
            new
            {
                name = "Feed school",
                kind = "school",
                domains = new[] { "education" },
                municipalities = new[] { DemoNetwork.Amberveen },
            }
        );
        var org = (await created.ExpectAsync(HttpStatusCode.Created))!;
        var id = org["id"]!.GetValue<string>();
        var amberveen = factory.ClientFor("system.amberveen");
        var lindewaard = factory.ClientFor("coordinator.lindewaard");
        var cursorA = (await Mirror.ExportAsync(amberveen)).Cursor;
        var cursorL = (await Mirror.ExportAsync(lindewaard)).Cursor;

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/organisations/{id}")
        {
            Content = new StringContent(
                """{"municipalities":["GM9902"]}""",
                System.Text.Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        await (await admin.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var forA = Assert.Single((await PageAsync(amberveen, cursorA, 100))["items"]!.AsArray(), i => Is(i, id));
        Assert.Equal("removed", forA!["change"]!.GetValue<string>());
        Assert.Null(forA["organisation"]);
        var forL = Assert.Single((await PageAsync(lindewaard, cursorL, 100))["items"]!.AsArray(), i => Is(i, id));
        Assert.Equal("upserted", forL!["change"]!.GetValue<string>());

        // Deactivated: a Lindewaard professional, who saw it since the cursor, is told it is gone; an Amberveen
        // professional, who could not see it at any time since their cursor, is not even given its id.
        var police = factory.ClientFor("police.lindewaard");
        var cursorP = (await Mirror.ExportAsync(police)).Cursor;
        var newcomer = factory.ClientFor("newcomer.amberveen");
        var cursorN = (await Mirror.ExportAsync(newcomer)).Cursor;
        var etag = (await admin.GetAsync($"/api/v1/organisations/{id}")).Headers.ETag!.Tag;
        var deactivate = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/organisations/{id}/deactivate");
        deactivate.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await admin.SendAsync(deactivate)).ExpectAsync(HttpStatusCode.OK);

        var forP = Assert.Single((await PageAsync(police, cursorP, 100))["items"]!.AsArray(), i => Is(i, id));
        Assert.Equal("removed", forP!["change"]!.GetValue<string>());
        Assert.DoesNotContain((await PageAsync(newcomer, cursorN, 100))["items"]!.AsArray(), i => Is(i, id));
    }

    [Fact]
    public async Task A_pending_newcomer_is_never_named_to_professionals_not_even_as_removed()
    {
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var teacher = factory.ClientFor("teacher.amberveen");
        var cursor = (await Mirror.ExportAsync(teacher)).Cursor;
        var coordinatorCursor = (await Mirror.ExportAsync(coordinator)).Cursor;
        var created = await coordinator.PostJsonAsync(
            "/api/v1/professionals",
            new
            {
                givenName = "Pending",
                familyName = "Person",
                professionId = "teacher",
                municipalities = new[] { DemoNetwork.Amberveen },
            }
        );
        var id = (await created.ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await coordinator.PostAsync($"/api/v1/professionals/{id}/deactivate", null)).ExpectAsync(
            HttpStatusCode.OK
        );

        Assert.DoesNotContain((await PageAsync(teacher, cursor, 100))["items"]!.AsArray(), i => Is(i, id));
        var seen = Assert.Single((await PageAsync(coordinator, coordinatorCursor, 100))["items"]!.AsArray(), i =>
            Is(i, id)
        );
        Assert.Equal("upserted", seen!["change"]!.GetValue<string>());
        Assert.False(seen["professional"]!["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Trust_confirmed_elsewhere_brings_the_professional_with_the_mobile_now_visible()
    {
        var newcomer = factory.ClientFor("newcomer.amberveen");
        var doctor = factory.ClientFor("youth-doctor.amberveen");
        var cursor = (await Mirror.ExportAsync(newcomer)).Cursor;
        var proposed = await doctor.PostJsonAsync(
            "/api/v1/trust-relationships",
            new { professionalId = Ids.NewcomerAmberveen }
        );
        var trustId = (await proposed.ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await newcomer.PostAsync($"/api/v1/trust-relationships/{trustId}/confirm", null)).ExpectAsync(
            HttpStatusCode.OK
        );

        var items = (await PageAsync(newcomer, cursor, 100))["items"]!.AsArray();
        var seen = Assert.Single(items, i => Is(i, Ids.YouthDoctorAmberveen.ToString()));
        Assert.Contains(seen!["professional"]!["contactPoints"]!.AsArray(), c =>
            c!["channel"]!.GetValue<string>() == "mobile"
        );
    }

    [Fact]
    public async Task The_export_ends_with_the_cursor_and_the_count()
    {
        var response = await factory.ClientFor("system.amberveen").GetAsync("/api/v1/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var end = JsonNode.Parse(lines[^1])!;
        Assert.Equal(lines.Length - 1, end["count"]!.GetValue<int>());
        // A system client sees organisations, listed people, routes, its municipality and the catalogues: never trust.
        var types = lines[..^1].Select(l => JsonNode.Parse(l)!["type"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "organisation", "professional", "route", "municipality", "domain" },
            types
        );
        Assert.DoesNotContain(lines, l =>
            l.Contains("\"municipality\":{\"code\":\"GM9902\"", StringComparison.Ordinal)
        );
    }

    private static bool Is(JsonNode? item, string id) => item!["id"]!.GetValue<string>() == id;

    private static async Task<JsonNode> PageAsync(HttpClient client, string? cursor, int size)
    {
        var url = cursor is null
            ? $"/api/v1/changes?pageSize={size}"
            : $"/api/v1/changes?after={Uri.EscapeDataString(cursor)}&pageSize={size}";
        return (await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK))!;
    }
}
