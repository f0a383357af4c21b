using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Organisations;

public sealed class OrganisationApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/organisations";

    private static object NewSchool(string name, string municipality = "GM9901") =>
        new
        {
            name,
            kind = "school",
            domains = new[] { "education" },
            municipalities = new[] { municipality },
            contactPoints = new[]
            {
                new
                {
                    channel = "workPhone",
                    value = "+31 20 000 0000",
                    label = "Switchboard",
                },
            },
        };

    [Fact]
    public async Task Coordinator_creates_reads_and_finds_an_organisation()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (await client.PostJsonAsync(Url, NewSchool("Lyceum De Test"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();

        var read = await client.GetAsync($"{Url}/{id}");
        var body = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Lyceum De Test", body!["name"]!.GetValue<string>());
        Assert.Equal("1", read.VersionTag());
        Assert.Equal("workPhone", body["contactPoints"]![0]!["channel"]!.GetValue<string>());

        var list = await (await client.GetAsync($"{Url}?name=De%20Test&domain=education")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains(list!["items"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Create_lists_every_invalid_field_at_once()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.PostJsonAsync(
            Url,
            new
            {
                name = "",
                kind = new string('k', 61),
                domains = new[] { "no-such-domain" },
                municipalities = Array.Empty<string>(),
            }
        );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name"));
        Assert.True(errors.ContainsKey("kind"));
        Assert.True(errors.ContainsKey("domains"));
        Assert.True(errors.ContainsKey("municipalities"));
    }

    [Fact]
    public async Task Server_owned_fields_in_the_body_are_refused()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.PostJsonAsync(
            Url,
            new
            {
                name = "X",
                kind = "school",
                domains = new[] { "education" },
                municipalities = new[] { "GM9901" },
                version = 7,
            }
        );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("version", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_municipality_coordinator_gets_404_on_read_update_and_deactivate()
    {
        var owner = factory.ClientFor("coordinator.amberveen");
        var created = await (await owner.PostJsonAsync(Url, NewSchool("Only Amberveen College"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();

        var other = factory.ClientFor("coordinator.lindewaard");
        await (await other.GetAsync($"{Url}/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await other.PutJsonAsync($"{Url}/{id}", NewSchool("Hijacked"), "\"1\"")).ExpectProblemAsync(
            HttpStatusCode.NotFound
        );
        await (await other.PostAsync($"{Url}/{id}/deactivate", null)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var list = await (await other.GetAsync($"{Url}?pageSize=100")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list!["items"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);

        var unchanged = await (await owner.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Only Amberveen College", unchanged!["name"]!.GetValue<string>());
        Assert.True(unchanged["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Stale_if_match_gives_412_and_changes_nothing()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (await client.PostJsonAsync(Url, NewSchool("Versioned School"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();

        var first = await client.PutJsonAsync($"{Url}/{id}", NewSchool("Versioned School 2"), "\"1\"");
        await first.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2", first.VersionTag());

        await (await client.PutJsonAsync($"{Url}/{id}", NewSchool("Lost update"), "\"1\"")).ExpectProblemAsync(
            HttpStatusCode.PreconditionFailed,
            "PRECONDITION_FAILED"
        );
        await (await client.PutJsonAsync($"{Url}/{id}", NewSchool("No precondition"), null)).ExpectProblemAsync(
            (HttpStatusCode)428,
            "PRECONDITION_REQUIRED"
        );

        var current = await (await client.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Versioned School 2", current!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deactivated_organisation_is_hidden_from_default_lists_but_kept()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (await client.PostJsonAsync(Url, NewSchool("Closing School"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();

        var deactivated = await (await client.PostAsync($"{Url}/{id}/deactivate", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.False(deactivated!["isActive"]!.GetValue<bool>());

        var active = await (await client.GetAsync($"{Url}?name=Closing")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(active!["items"]!.AsArray());
        var all = await (await client.GetAsync($"{Url}?name=Closing&includeInactive=true")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Single(all!["items"]!.AsArray());
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_problem()
    {
        var response = await factory.CreateClient().GetAsync(Url);
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Pages_follow_next_links_until_the_end()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        for (var i = 0; i < 3; i++)
            await (await client.PostJsonAsync(Url, NewSchool($"Paging School {i}"))).ExpectAsync(
                HttpStatusCode.Created
            );

        var seen = new List<string>();
        string? next = $"{Url}?name=Paging&pageSize=2";
        while (next is not null)
        {
            var page = await (await client.GetAsync(next)).ExpectAsync(HttpStatusCode.OK);
            seen.AddRange(page!["items"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
            Assert.Equal(3, page["totalCount"]!.GetValue<int>());
            next = page["links"]?["next"]?["href"]?.GetValue<string>();
        }
        Assert.Equal(["Paging School 0", "Paging School 1", "Paging School 2"], seen);
    }
}
