using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Catalogues;

public sealed class MunicipalityApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/municipalities";

    private static async Task<string[]> CodesAsync(HttpClient client)
    {
        var page = await (await client.GetAsync(Url)).ExpectAsync(HttpStatusCode.OK);
        return page!["items"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()).ToArray();
    }

    [Fact]
    public async Task Viewers_list_only_the_municipalities_they_belong_to()
    {
        Assert.Equal(["GM9901"], await CodesAsync(factory.ClientFor("coordinator.amberveen")));
        Assert.Equal(["GM9902"], await CodesAsync(factory.ClientFor("police.lindewaard")));
        Assert.Equal(["GM9901", "GM9902"], await CodesAsync(factory.ClientFor("social-worker.both")));
        Assert.Contains("GM9902", await CodesAsync(factory.ClientFor("admin")));
    }

    [Fact]
    public async Task Coordinator_of_amberveen_gets_404_for_lindewaard_on_read_and_update()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        await (await client.GetAsync($"{Url}/GM9902")).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (
            await client.PutJsonAsync($"{Url}/GM9902", new { name = "Taken over", trustValidityMonths = 6 }, "\"x\"")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        var lindewaard = await (await factory.ClientFor("admin").GetAsync($"{Url}/GM9902")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal("Lindewaard", lindewaard!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Coordinator_changes_own_settings_with_if_match_and_stale_tags_are_refused()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var read = await client.GetAsync($"{Url}/GM9901");
        await read.ExpectAsync(HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;

        var updated = await client.PutJsonAsync(
            $"{Url}/GM9901",
            new { name = "Amberveen", trustValidityMonths = 36 },
            etag
        );
        var body = await updated.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(36, body!["trustValidityMonths"]!.GetValue<int>());
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);

        await (
            await client.PutJsonAsync($"{Url}/GM9901", new { name = "Lost", trustValidityMonths = 12 }, etag)
        ).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        await (
            await client.PutJsonAsync($"{Url}/GM9901", new { name = "Lost", trustValidityMonths = 12 }, null)
        ).ExpectProblemAsync((HttpStatusCode)428);
        var current = await (await client.GetAsync($"{Url}/GM9901")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(36, current!["trustValidityMonths"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_longer_trust_validity_revives_trust_that_had_expired_under_the_shorter_one()
    {
        var client = factory.ClientFor("coordinator.lindewaard");
        var trustUrl = $"/api/v1/trust-relationships/{DemoNetwork.Ids.TrustExpired}";
        var before = await (await client.GetAsync(trustUrl)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("expired", before!["status"]!.GetValue<string>());

        var etag = (await client.GetAsync($"{Url}/GM9902")).Headers.ETag!.Tag;
        await (
            await client.PutJsonAsync($"{Url}/GM9902", new { name = "Lindewaard", trustValidityMonths = 30 }, etag)
        ).ExpectAsync(HttpStatusCode.OK);

        var after = await (await client.GetAsync(trustUrl)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("confirmed", after!["status"]!.GetValue<string>());
        Assert.Equal(
            new DateTimeOffset(2027, 9, 10, 16, 0, 0, TimeSpan.Zero),
            after["expiresAt"]!.GetValue<DateTimeOffset>()
        );
        Assert.True(after["version"]!.GetValue<int>() > before["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Invalid_settings_list_every_bad_field()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var etag = (await client.GetAsync($"{Url}/GM9901")).Headers.ETag!.Tag;
        var problem = await (
            await client.PutJsonAsync($"{Url}/GM9901", new { name = " ", trustValidityMonths = 121 }, etag)
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.True(problem["errors"]!.AsObject().ContainsKey("name"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("trustValidityMonths"));
    }

    [Fact]
    public async Task A_professional_may_read_but_not_change_their_municipality()
    {
        var client = factory.ClientFor("teacher.amberveen");
        var read = await client.GetAsync($"{Url}/GM9901");
        await read.ExpectAsync(HttpStatusCode.OK);
        await (
            await client.PutJsonAsync(
                $"{Url}/GM9901",
                new { name = "Amberveen", trustValidityMonths = 120 },
                read.Headers.ETag!.Tag
            )
        ).ExpectProblemAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Only_admins_create_municipalities_and_codes_are_unique()
    {
        var municipality = new
        {
            code = "GM9950",
            name = "Testdorp",
            trustValidityMonths = 12,
        };
        await (await factory.ClientFor("coordinator.amberveen").PostJsonAsync(Url, municipality)).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );

        var admin = factory.ClientFor("admin");
        var created = await admin.PostJsonAsync(Url, municipality);
        await created.ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/api/v1/municipalities/GM9950", created.Headers.Location?.OriginalString);
        await (await admin.PostJsonAsync(Url, municipality)).ExpectProblemAsync(HttpStatusCode.Conflict, "CONFLICT");

        var problem = await (
            await admin.PostJsonAsync(
                Url,
                new
                {
                    code = "9950",
                    name = "",
                    trustValidityMonths = 0,
                }
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["code", "name", "trustValidityMonths"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_system_client_without_directory_scope_may_not_read()
    {
        await (await factory.ClientFor("system.noscope").GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(["GM9901"], await CodesAsync(factory.ClientFor("system.amberveen")));
    }
}
