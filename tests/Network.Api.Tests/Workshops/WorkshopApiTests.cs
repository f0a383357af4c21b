using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Workshops;

public sealed class WorkshopApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private const string Url = "/api/v1/workshops";

    internal static object NewWorkshop(
        string title,
        string municipality = "GM9901",
        int? seats = null,
        string date = "2026-03-12"
    ) =>
        new
        {
            municipality,
            title,
            date,
            place = "Stadhuis, zaal 2",
            facilitators = new[] { "Mr. J. Trainer", "Drs. K. Expert" },
            seats,
        };

    [Fact]
    public async Task Coordinator_creates_reads_lists_and_updates_a_workshop_with_default_seats()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (await client.PostJsonAsync(Url, NewWorkshop("Werkatelier informatie delen"))).ExpectAsync(
            HttpStatusCode.Created
        );
        var id = created!["id"]!.GetValue<string>();
        Assert.Equal(15, created["seats"]!.GetValue<int>());
        Assert.Equal(0, created["participants"]!.GetValue<int>());

        var read = await client.GetAsync($"{Url}/{id}");
        var body = await read.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("1", read.VersionTag());
        Assert.Equal(
            ["Mr. J. Trainer", "Drs. K. Expert"],
            body!["facilitators"]!.AsArray().Select(f => f!.GetValue<string>())
        );

        var list = await (await client.GetAsync($"{Url}?municipality=GM9901&pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains(list!["items"]!.AsArray(), w => w!["id"]!.GetValue<string>() == id);

        var update = new
        {
            title = "Werkatelier (verplaatst)",
            date = "2026-04-02",
            place = "Bibliotheek",
            facilitators = new[] { "Mr. J. Trainer" },
            seats = 20,
        };
        var updated = await client.PutJsonAsync($"{Url}/{id}", update, "\"1\"");
        var after = await updated.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2", updated.VersionTag());
        Assert.Equal("2026-04-02", after!["date"]!.GetValue<string>());
        Assert.Equal(20, after["seats"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_lists_every_invalid_field_at_once()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var response = await client.PostJsonAsync(
            Url,
            new
            {
                municipality = "GM9902",
                title = "",
                place = "Room 123456782", // passes the BSN eleven-test: never client data
                facilitators = Enumerable.Range(0, 11).Select(i => $"Trainer {i}").ToArray(),
                seats = 41,
            }
        );
        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED"))[
            "errors"
        ]!.AsObject();
        Assert.Equal(
            ["date", "facilitators", "municipality", "place", "seats", "title"],
            errors.Select(e => e.Key).Order()
        );
        Assert.Contains("municipalities you coordinate", errors["municipality"]![0]!.GetValue<string>());
        Assert.Contains("BSN", errors["place"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_municipality_coordinator_gets_404_and_does_not_see_it_listed()
    {
        var owner = factory.ClientFor("coordinator.amberveen");
        var id = (
            await (await owner.PostJsonAsync(Url, NewWorkshop("Alleen Amberveen"))).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();

        var other = factory.ClientFor("coordinator.lindewaard");
        await (await other.GetAsync($"{Url}/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (await other.GetAsync($"{Url}/{id}/participants")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await other.PutJsonAsync(
                $"{Url}/{id}",
                new
                {
                    title = "X",
                    date = "2026-01-01",
                    place = "Y",
                },
                "\"1\""
            )
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        var list = await (await other.GetAsync($"{Url}?pageSize=100")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list!["items"]!.AsArray(), w => w!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task A_professional_or_system_client_cannot_create_a_workshop()
    {
        var world = new TestWorld(factory);
        var org = await world.OrganisationAsync("School");
        var pro = world.AsProfessional(await world.MemberAsync("Pia", "Pro", org));
        await (await pro.PostJsonAsync(Url, NewWorkshop("Not mine"))).ExpectProblemAsync(
            HttpStatusCode.Forbidden,
            "FORBIDDEN"
        );
        await (
            await factory.ClientFor("system.amberveen").PostJsonAsync(Url, NewWorkshop("Nor mine"))
        ).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_without_or_with_a_stale_if_match_changes_nothing()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = (
            await (await client.PostJsonAsync(Url, NewWorkshop("Versie 1"))).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        var change = new
        {
            title = "Versie 2",
            date = "2026-03-12",
            place = "Zaal",
        };
        await (await client.PutJsonAsync($"{Url}/{id}", change, null)).ExpectProblemAsync(
            (HttpStatusCode)428,
            "PRECONDITION_REQUIRED"
        );
        await (await client.PutJsonAsync($"{Url}/{id}", change, "\"7\"")).ExpectProblemAsync(
            HttpStatusCode.PreconditionFailed
        );
        var current = await (await client.GetAsync($"{Url}/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Versie 1", current!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_municipality_of_a_workshop_cannot_be_changed_by_an_update()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var id = (await (await client.PostJsonAsync(Url, NewWorkshop("Vast"))).ExpectAsync(HttpStatusCode.Created))![
            "id"
        ]!.GetValue<string>();
        var response = await client.PutJsonAsync(
            $"{Url}/{id}",
            new
            {
                municipality = "GM9902",
                title = "Vast",
                date = "2026-03-12",
                place = "Zaal",
            },
            "\"1\""
        );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("municipality", problem["detail"]!.GetValue<string>());
    }
}
