using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Workshops;

/// <summary>
/// Issue 15 item 4: the workshop report counts and draws the newcomers from the attendance list, the day before
/// holds only people who existed then, the legend matches the colours drawn, and an import can mark attendance.
/// </summary>
public sealed partial class WorkshopReportFixTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private sealed record Arranged(string Code, HttpClient Coordinator, string Workshop, Guid Youth, Guid Safety);

    /// <summary>Two old hands who confirm trust at the workshop, and two newcomers from its attendance list.</summary>
    private async Task<(Arranged World, JsonNode Import)> ArrangeAsync(bool markAttended)
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var youthOrg = await _world.OrganisationAsync("Jeugd", code, "youth");
        var policeOrg = await _world.OrganisationAsync("Politie", code, "safety");
        var y = await _world.MemberAsync("Yos", "Jeugd", youthOrg, code, domain: "youth");
        var s = await _world.MemberAsync("Sil", "Politie", policeOrg, code, domain: "safety");
        var date = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
        var id = (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Nieuwkomers", code, date: date)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        await (
            await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = y })
        ).ExpectAsync(HttpStatusCode.Created);

        var csv = $"""
            naam;e-mail;organisatie;beroep
            Sil Politie{_world.Suffix};sil.{_world.Suffix}@example.org;Politie {_world.Suffix};docent
            Nora Nieuw;nora.{_world.Suffix}@example.org;Jeugd {_world.Suffix};docent
            Nils Nieuw;nils.{_world.Suffix}@example.org;Politie {_world.Suffix};docent
            """;
        var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var import = await (
            await coordinator.PostAsync(
                $"/api/v1/workshops/{id}/participants/import{(markAttended ? "?markAttended=true" : "")}",
                content
            )
        ).ExpectAsync(HttpStatusCode.OK);

        foreach (var (from, to) in new[] { (y, s), (s, y) })
            await (
                await _world
                    .AsProfessional(from, code)
                    .PostJsonAsync($"/api/v1/workshops/{id}/trust", new { professionalIds = new[] { to } })
            ).ExpectAsync(HttpStatusCode.OK);
        return (new Arranged(code, coordinator, id, y, s), import!);
    }

    [Fact]
    public async Task Pending_newcomers_count_as_participants_without_trust_and_are_drawn_as_pending()
    {
        var (w, _) = await ArrangeAsync(markAttended: false);
        var report = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/network-report")).ExpectAsync(
            HttpStatusCode.OK
        );
        var delta = report!["delta"]!;
        Assert.Equal(2, delta["participantsWithoutTrustAfter"]!.GetValue<int>()); // Nora and Nils, not 0
        Assert.Equal(2, delta["participantsWithoutTrustBefore"]!.GetValue<int>()); // Yos and Sil
        Assert.Equal(2, delta["pendingParticipants"]!.GetValue<int>());
        Assert.Equal(2, delta["participantsNewToNetwork"]!.GetValue<int>());
        var pending = report["after"]!["graph"]!["nodes"]!
            .AsArray()
            .Where(n => n!["isPending"]!.GetValue<bool>())
            .Select(n => n!["name"]!.GetValue<string>())
            .Order();
        Assert.Equal(["Nils Nieuw", "Nora Nieuw"], pending);

        var html = await (
            await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/network-report?format=html")
        ).Content.ReadAsStringAsync();
        Assert.Equal(2, Regex.Count(html, "class=\"node pending\""));
        Assert.Contains("nieuwkomer, nog niet vermeld", html);
    }

    [Fact]
    public async Task The_day_before_does_not_count_people_created_after_it()
    {
        var (w, _) = await ArrangeAsync(markAttended: false);
        var report = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/network-report")).ExpectAsync(
            HttpStatusCode.OK
        );
        var before = report!["before"]!;
        Assert.Equal(2, before["summary"]!["professionals"]!.GetValue<int>()); // Yos and Sil, not the newcomers
        Assert.DoesNotContain(before["graph"]!["nodes"]!.AsArray(), n =>
            n!["name"]!.GetValue<string>() == "Nora Nieuw"
        );
        Assert.Equal(4, report["after"]!["summary"]!["professionals"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_legend_lists_the_colours_the_nodes_are_drawn_in_and_no_other_domain()
    {
        // Everyone works in youth and one rarer domain, and is drawn in the rarer one: youth then colours nobody.
        var code = await _world.MunicipalityAsync();
        var ggd = await _world.OrganisationAsync("GGD", code, "youth", "care");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var a = await _world.MemberAsync("Arts", "Een", ggd, code, domain: "care");
        var c = await _world.MemberAsync("Arts", "Drie", ggd, code, domain: "care");
        var b = await _world.MemberAsync("Agent", "Twee", police, code, domain: "safety");
        await _world.SaveAsync(
            new[] { a, b, c }
                .Select(p => (object)new ProfessionalDomain { ProfessionalId = p, DomainId = "youth" })
                .ToArray()
        );
        await _world.TrustAsync(a, b, code);
        await _world.TrustAsync(c, b, code);
        var html = await (
            await _world.AsCoordinator(code).GetAsync($"/api/v1/municipalities/{code}/network-report?format=html")
        ).Content.ReadAsStringAsync();

        var nodeColours = Regex
            .Matches(html, "<circle class=\"node[^\"]*\"[^>]*fill=\"(#[0-9a-f]{6})\"")
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        var legend = Regex.Matches(html, "<li data-domain=\"([a-z]*)\"><i style=\"background:(#[0-9a-f]{6})\"></i>");
        Assert.Equal(nodeColours.Order(), legend.Select(m => m.Groups[2].Value).Order());
        Assert.Equal(["care", "safety"], legend.Select(m => m.Groups[1].Value).Order());
        Assert.Contains("Zorg <span class=\"en\">Care</span> (2)</li>", html);
        Assert.Contains("Veiligheid <span class=\"en\">Safety</span> (1)</li>", html);
    }

    [Fact]
    public async Task An_import_with_markAttended_marks_everyone_on_the_list_as_attended()
    {
        var (w, import) = await ArrangeAsync(markAttended: true);
        Assert.Equal(3, import["markedAttended"]!.GetValue<int>()); // Sil (matched) and the two newcomers
        var participants = await (
            await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/participants")
        ).ExpectAsync(HttpStatusCode.OK);
        var attended = participants!["items"]!
            .AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["attended"]!.GetValue<bool>());
        Assert.Equal(4, attended.Count);
        Assert.False(attended.Single(p => p.Key.StartsWith("Yos")).Value); // not on the list
        Assert.All(attended.Where(p => !p.Key.StartsWith("Yos")), p => Assert.True(p.Value));

        var report = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/network-report")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(3, report!["attended"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_import_without_markAttended_leaves_attendance_alone()
    {
        var (w, import) = await ArrangeAsync(markAttended: false);
        Assert.Equal(0, import["markedAttended"]!.GetValue<int>());
        var report = await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/network-report")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(0, report!["attended"]!.GetValue<int>());
    }
}
