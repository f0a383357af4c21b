using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Workshops;

public sealed class WorkshopParticipantApiTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);
    private HttpClient Coordinator => factory.ClientFor("coordinator.amberveen");

    private async Task<string> WorkshopAsync(int? seats = null) =>
        (
            await (
                await Coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Deelnemers", seats: seats)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();

    private static IEnumerable<string> Ids(JsonNode? page) =>
        page!["items"]!.AsArray().Select(p => p!["professionalId"]!.GetValue<string>());

    [Fact]
    public async Task Coordinator_adds_marks_attendance_and_removes_participants()
    {
        var org = await _world.OrganisationAsync("Lyceum");
        var a = await _world.MemberAsync("Anna", "Aalbers", org);
        var b = await _world.MemberAsync("Bram", "Bos", org);
        var id = await WorkshopAsync();
        var url = $"/api/v1/workshops/{id}/participants";

        await (await Coordinator.PostJsonAsync(url, new { professionalId = a })).ExpectAsync(HttpStatusCode.Created);
        await (await Coordinator.PostJsonAsync(url, new { professionalId = b })).ExpectAsync(HttpStatusCode.Created);
        var again = await (await Coordinator.PostJsonAsync(url, new { professionalId = a })).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(2, again!["items"]!.AsArray().Count);

        var marked = await (
            await Coordinator.PutJsonAsync(
                $"/api/v1/workshops/{id}/attendance",
                new[] { new { professionalId = a, attended = true }, new { professionalId = b, attended = false } },
                null
            )
        ).ExpectAsync(HttpStatusCode.OK);
        var anna = marked!["items"]!.AsArray().Single(p => p!["professionalId"]!.GetValue<string>() == a.ToString());
        Assert.True(anna!["attended"]!.GetValue<bool>());
        Assert.Contains($"Lyceum {_world.Suffix}", anna["organisations"]!.AsArray().Select(o => o!.GetValue<string>()));

        (await Coordinator.DeleteAsync($"{url}/{b}")).EnsureSuccessStatusCode();
        var list = await (await Coordinator.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([a.ToString()], Ids(list));
        await (await Coordinator.DeleteAsync($"{url}/{b}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_professionals_of_the_workshops_municipality_can_be_added()
    {
        var lindewaardOrg = await _world.OrganisationAsync("Lindeschool", TestWorld.B);
        var outsider = await _world.MemberAsync("Otto", "Buiten", lindewaardOrg, TestWorld.B);
        var id = await WorkshopAsync();
        var response = await Coordinator.PostJsonAsync(
            $"/api/v1/workshops/{id}/participants",
            new { professionalId = outsider }
        );
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("professionalId"));
    }

    [Fact]
    public async Task A_full_workshop_answers_409_and_keeps_its_participants()
    {
        var org = await _world.OrganisationAsync("Vol");
        var first = await _world.MemberAsync("Eerste", "Een", org);
        var second = await _world.MemberAsync("Tweede", "Twee", org);
        var id = await WorkshopAsync(seats: 1);
        await (
            await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = first })
        ).ExpectAsync(HttpStatusCode.Created);
        await (
            await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = second })
        ).ExpectProblemAsync(HttpStatusCode.Conflict, "CONFLICT");
        var list = await (await Coordinator.GetAsync($"/api/v1/workshops/{id}/participants")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal([first.ToString()], Ids(list));

        var shrink = await Coordinator.PutJsonAsync(
            $"/api/v1/workshops/{id}",
            new
            {
                title = "Deelnemers",
                date = "2026-03-12",
                place = "Zaal",
                seats = 1,
            },
            "\"2\""
        );
        await shrink.ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Attendance_for_someone_who_is_not_a_participant_changes_nothing()
    {
        var org = await _world.OrganisationAsync("Aanwezig");
        var a = await _world.MemberAsync("Ada", "Aan", org);
        var stranger = await _world.MemberAsync("Sven", "Vreemd", org);
        var id = await WorkshopAsync();
        await (
            await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = a })
        ).ExpectAsync(HttpStatusCode.Created);

        var response = await Coordinator.PutJsonAsync(
            $"/api/v1/workshops/{id}/attendance",
            new object[]
            {
                new { professionalId = a, attended = true },
                new { professionalId = stranger, attended = true },
                new { professionalId = a },
            },
            null
        );
        var errors = (await response.ExpectProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        Assert.Equal(["[1].professionalId", "[2].attended", "[2].professionalId"], errors.Select(e => e.Key).Order());

        var list = await (await Coordinator.GetAsync($"/api/v1/workshops/{id}/participants")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.False(list!["items"]![0]!["attended"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Participants_see_each_other_but_not_pending_people_and_outsiders_see_nothing()
    {
        var org = await _world.OrganisationAsync("Zicht");
        var a = await _world.MemberAsync("Aart", "Zien", org);
        var b = await _world.MemberAsync("Bea", "Zien", org);
        var pending = await _world.MemberAsync("Piet", "Wacht", org, listing: ListingStatus.Pending);
        var outsider = await _world.MemberAsync("Olga", "Buiten", org);
        var id = await WorkshopAsync();
        foreach (var p in new[] { a, b, pending })
            await (
                await Coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/workshops/{id}/participants";

        var seenByA = await (await _world.AsProfessional(a).GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { a, b }.Select(g => g.ToString()).Order(), Ids(seenByA).Order());
        Assert.Equal(
            "you",
            seenByA!["items"]!.AsArray().Single(p => p!["professionalId"]!.GetValue<string>() == a.ToString())![
                "trustWithYou"
            ]!.GetValue<string>()
        );

        var seenByCoordinator = await (await Coordinator.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            "pending",
            seenByCoordinator!["items"]!
                .AsArray()
                .Single(p => p!["professionalId"]!.GetValue<string>() == pending.ToString())![
                "listingStatus"
            ]!.GetValue<string>()
        );

        await (await _world.AsProfessional(outsider).GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await factory.ClientFor("system.amberveen").GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _world.AsProfessional(a).PostJsonAsync(url, new { professionalId = outsider })).ExpectProblemAsync(
            HttpStatusCode.Forbidden
        );
    }
}
