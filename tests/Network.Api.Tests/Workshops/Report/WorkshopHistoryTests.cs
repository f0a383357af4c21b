using System.Net;
using Network.Api.Tests.GraphQL;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Workshops.Report;

/// <summary>The municipality's picture over time: themes across workshops, growth per workshop, open actions.</summary>
public sealed class WorkshopHistoryTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    [Fact]
    public async Task The_history_shows_growth_per_workshop_recurring_themes_and_open_and_overdue_actions()
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var school = await _world.OrganisationAsync("School", code, "education");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var youth = await _world.OrganisationAsync("Jeugd", code, "youth");
        var t = await _world.MemberAsync("Tom", "Docent", school, code);
        var p = await _world.MemberAsync("Pim", "Agent", police, code, domain: "safety");
        var y = await _world.MemberAsync("Yara", "Jeugd", youth, code, domain: "youth");

        async Task<Guid> WorkshopAsync(string title, int daysAgo)
        {
            var id = (
                await (
                    await coordinator.PostJsonAsync(
                        "/api/v1/workshops",
                        WorkshopApiTests.NewWorkshop(
                            title,
                            code,
                            date: DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd")
                        )
                    )
                ).ExpectAsync(HttpStatusCode.Created)
            )!["id"]!.GetValue<string>();
            return Guid.Parse(id);
        }
        var first = await WorkshopAsync("Eerste", 60);
        var second = await WorkshopAsync("Tweede", 10);
        await _world.TrustAsync(t, p, code, workshop: first, at: DateTimeOffset.UtcNow.AddDays(-58));
        await _world.TrustAsync(p, y, code, workshop: second, at: DateTimeOffset.UtcNow.AddDays(-9));
        foreach (var (w, text) in new[] { (first, "Wie bel ik bij de politie?"), (second, "Nog steeds: wie bel ik?") })
            await (
                await coordinator.PostJsonAsync(
                    $"/api/v1/workshops/{w}/outcomes/items",
                    new
                    {
                        kind = "dilemma",
                        aim = "signalling",
                        text,
                        theme = "wie bel ik",
                        domains = new[] { "education" },
                    }
                )
            ).ExpectAsync(HttpStatusCode.Created);
        foreach (
            var (w, due, status) in new[]
            {
                (first, "2020-06-30", "open"),
                (second, "2099-01-31", "open"),
                (first, "2020-01-01", "done"),
            }
        )
            await (
                await coordinator.PostJsonAsync(
                    $"/api/v1/workshops/{w}/outcomes/agreements",
                    new
                    {
                        text = $"Afspraak {due}",
                        organisationIds = new[] { school, police },
                        ownerProfessionalId = p,
                        dueOn = due,
                        status,
                    }
                )
            ).ExpectAsync(HttpStatusCode.Created);

        var history = await (await coordinator.GetAsync($"/api/v1/municipalities/{code}/workshop-history")).ExpectAsync(
            HttpStatusCode.OK
        );
        var workshops = history!["workshops"]!.AsArray();
        Assert.Equal(["Eerste", "Tweede"], workshops.Select(w => w!["title"]!.GetValue<string>()));
        Assert.Equal(
            (0, 1),
            (
                workshops[0]!["before"]!["confirmedTrust"]!.GetValue<int>(),
                workshops[0]!["after"]!["confirmedTrust"]!.GetValue<int>()
            )
        );
        Assert.Equal(
            (1, 2),
            (
                workshops[1]!["before"]!["confirmedTrust"]!.GetValue<int>(),
                workshops[1]!["after"]!["confirmedTrust"]!.GetValue<int>()
            )
        );
        Assert.Equal(
            (1, 2),
            (
                workshops[1]!["before"]!["domainsLinked"]!.GetValue<int>(),
                workshops[1]!["after"]!["domainsLinked"]!.GetValue<int>()
            )
        );
        Assert.Equal(1, workshops[1]!["trustFromWorkshop"]!.GetValue<int>());
        var theme = history["themes"]![0]!;
        Assert.Equal(
            ("wie bel ik", 2, 2),
            (
                theme["theme"]!.GetValue<string>(),
                theme["workshops"]!.GetValue<int>(),
                theme["dilemmas"]!.GetValue<int>()
            )
        );
        Assert.Equal("Nog steeds: wie bel ik?", theme["examples"]![0]!.GetValue<string>()); // latest first
        Assert.Equal(2, history["openActions"]!.AsArray().Count);
        Assert.Equal(1, history["overdueActions"]!.GetValue<int>());
        Assert.True(history["openActions"]![0]!["agreement"]!["overdue"]!.GetValue<bool>());

        var graphql = (
            await coordinator.GraphQLAsync(
                "query($m: String!) { workshopHistory(municipality: $m) { overdueActions themes { theme workshops } workshops { after { confirmedTrust } } } }",
                new { m = code }
            )
        ).Ok()["workshopHistory"]!;
        Assert.Equal(1, graphql["overdueActions"]!.GetValue<int>());
        Assert.Equal(2, graphql["themes"]![0]!["workshops"]!.GetValue<int>());

        var html = await (
            await coordinator.GetAsync($"/api/v1/municipalities/{code}/network-report?format=html")
        ).Content.ReadAsStringAsync();
        Assert.Contains("Werkateliers door de tijd", html);
        Assert.Contains("<td>wie bel ik</td><td>2</td>", html);
        Assert.Contains("Afspraak 2020-06-30", html);

        await (
            await _world
                .AsCoordinator(await _world.MunicipalityAsync())
                .GetAsync($"/api/v1/municipalities/{code}/workshop-history")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await _world.AsProfessional(t, code).GetAsync($"/api/v1/municipalities/{code}/workshop-history")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
