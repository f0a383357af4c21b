using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Network.Api.GraphQL.Relay;
using Network.Api.Tests.GraphQL;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Workshops.Report;

/// <summary>The workshop's report (verslag): its content, its recommendations following their evidence, its formats.</summary>
public sealed class WorkshopVerslagTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    private sealed record Arranged(string Code, HttpClient Coordinator, string Workshop, Guid Teacher, Guid Agent);

    /// <summary>A teacher and a police officer at a workshop; education raised "wie bel ik", a solution names safety.</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var code = await _world.MunicipalityAsync();
        var coordinator = _world.AsCoordinator(code);
        var school = await _world.OrganisationAsync("School", code, "education");
        var police = await _world.OrganisationAsync("Politie", code, "safety");
        var teacher = await _world.MemberAsync("Tineke", "Docent", school, code);
        var agent = await _world.MemberAsync("Arie", "Agent", police, code, domain: "safety");
        var date = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd");
        var id = (
            await (
                await coordinator.PostJsonAsync(
                    "/api/v1/workshops",
                    WorkshopApiTests.NewWorkshop("Verslag", code, date: date)
                )
            ).ExpectAsync(HttpStatusCode.Created)
        )!["id"]!.GetValue<string>();
        foreach (var p in new[] { teacher, agent })
            await (
                await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/participants", new { professionalId = p })
            ).ExpectAsync(HttpStatusCode.Created);
        foreach (
            var item in new object[]
            {
                new
                {
                    kind = "dilemma",
                    aim = "signalling",
                    text = "Docenten weten niet wie ze in het veiligheidsdomein kunnen bellen.",
                    theme = "wie bel ik",
                    domains = new[] { "education" },
                },
                new
                {
                    kind = "solution",
                    aim = "signalling",
                    text = "Een vaste contactpersoon bij de politie per school.",
                    theme = "wie bel ik",
                    domains = new[] { "education", "safety" },
                },
            }
        )
            await (await coordinator.PostJsonAsync($"/api/v1/workshops/{id}/outcomes/items", item)).ExpectAsync(
                HttpStatusCode.Created
            );
        await (
            await coordinator.PostJsonAsync(
                $"/api/v1/workshops/{id}/outcomes/agreements",
                new
                {
                    text = "De school belt de wijkagent bij twijfel",
                    organisationIds = new[] { school, police },
                    ownerProfessionalId = agent,
                    dueOn = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd"),
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        return new Arranged(code, coordinator, id, teacher, agent);
    }

    private static async Task<JsonNode> ReportAsync(Arranged w) =>
        (
            await (await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/report")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!;

    private static JsonNode? Recommendation(JsonNode report, string code) =>
        report["recommendations"]!.AsArray().FirstOrDefault(r => r!["code"]!.GetValue<string>() == code);

    [Fact]
    public async Task The_report_holds_the_outcomes_the_follow_up_and_the_newcomers_as_such()
    {
        var w = await ArrangeAsync();
        var csv = new StringContent(
            $"naam;e-mail;organisatie;beroep\nNina Nieuw;nina.{_world.Suffix}@example.org;School {_world.Suffix};docent\n",
            Encoding.UTF8,
            "text/csv"
        );
        await (
            await w.Coordinator.PostAsync($"/api/v1/workshops/{w.Workshop}/participants/import?markAttended=true", csv)
        ).ExpectAsync(HttpStatusCode.OK);

        var report = await ReportAsync(w);
        var nina = report["participants"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "Nina Nieuw")!;
        Assert.True(nina["pending"]!.GetValue<bool>());
        Assert.Equal(1, report["summary"]!["pendingNewcomers"]!.GetValue<int>());
        Assert.Equal(
            1,
            report["byDomain"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "education")![
                "pending"
            ]!.GetValue<int>()
        );
        var signalling = report["outcomes"]!.AsArray().Single(a => a!["aim"]!.GetValue<string>() == "signalling")!;
        Assert.Equal("wie bel ik", signalling["themes"]![0]!["theme"]!.GetValue<string>());
        Assert.Equal(2, signalling["themes"]![0]!["items"]!.AsArray().Count);
        Assert.Equal("Arie Agent" + _world.Suffix, report["followUp"]![0]!["ownerName"]!.GetValue<string>());
        Assert.Contains(report["network"]!["after"]!["graph"]!["nodes"]!.AsArray(), n =>
            n!["name"]!.GetValue<string>() == "Nina Nieuw" && n["isPending"]!.GetValue<bool>()
        );
        var without = Recommendation(report, "participants-without-trust")!;
        Assert.Equal("high", without["severity"]!.GetValue<string>()); // a newcomer is among them
        Assert.Contains(without["evidence"]!.AsArray(), e => e!["nl"]!.GetValue<string>().StartsWith("Nina Nieuw: "));

        var html = await (
            await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/report?format=html")
        ).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("Uitkomsten per leerdoel", html);
        Assert.Contains("Docenten weten niet wie ze in het veiligheidsdomein kunnen bellen.", html);
        Assert.Contains("nieuwkomer, nog niet vermeld", html);
        Assert.Contains("<svg id=\"network-picture\"", html);
        Assert.Contains("De school belt de wijkagent bij twijfel", html);
        Assert.Contains("@media print", html);
        var english = await (
            await w.Coordinator.GetAsync($"/api/v1/workshops/{w.Workshop}/report?format=html&lang=en")
        ).Content.ReadAsStringAsync();
        Assert.Contains("Recommendations for the municipality", english);
        Assert.DoesNotContain("Aanbevelingen voor de gemeente", english);
    }

    [Fact]
    public async Task A_theme_recommendation_follows_the_trust_between_the_domains_it_names()
    {
        var w = await ArrangeAsync();
        var none = Recommendation(await ReportAsync(w), "theme-domain-link")!;
        Assert.Equal("high", none["severity"]!.GetValue<string>());
        Assert.Contains("onderwijs en veiligheid geen bevestigde vertrouwensrelatie", none["nl"]!.GetValue<string>());
        Assert.Contains(none["evidence"]!.AsArray(), e =>
            e!["source"]!.GetValue<string>() == "outcome"
            && e["nl"]!.GetValue<string>().Contains("wie ze in het veiligheidsdomein")
        );

        await _world.TrustAsync(w.Teacher, w.Agent, w.Code);
        var one = Recommendation(await ReportAsync(w), "theme-domain-link")!;
        Assert.Equal("medium", one["severity"]!.GetValue<string>());
        var network = one["evidence"]!.AsArray().Single(e => e!["source"]!.GetValue<string>() == "network")!;
        Assert.Contains("één bevestigde vertrouwensrelatie (", network["nl"]!.GetValue<string>());
        Assert.Contains("Tineke Docent", network["nl"]!.GetValue<string>());

        var school2 = await _world.OrganisationAsync("School2", w.Code, "education");
        var second = await _world.MemberAsync("Sem", "Docent", school2, w.Code);
        await _world.TrustAsync(second, w.Agent, w.Code);
        Assert.Null(Recommendation(await ReportAsync(w), "theme-domain-link"));
    }

    [Fact]
    public async Task A_learning_aim_scored_low_is_recommended_for_follow_up_only_while_the_scores_say_so()
    {
        var w = await ArrangeAsync();
        Assert.Null(Recommendation(await ReportAsync(w), "low-scoring-aim"));
        // Two evaluations are too few to advise on; the agent's own makes three.
        await (
            await w.Coordinator.PostAsync(
                $"/api/v1/workshops/{w.Workshop}/outcomes/evaluations/import",
                new StringContent("juridisch;signaleren\n2;5\n", Encoding.UTF8, "text/csv")
            )
        ).ExpectAsync(HttpStatusCode.OK);
        await (
            await _world
                .AsProfessional(w.Teacher, w.Code)
                .PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations", new { legalFrameworks = 3 })
        ).ExpectAsync(HttpStatusCode.Created);
        Assert.Null(Recommendation(await ReportAsync(w), "low-scoring-aim"));
        await (
            await _world
                .AsProfessional(w.Agent, w.Code)
                .PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations", new { legalFrameworks = 2 })
        ).ExpectAsync(HttpStatusCode.Conflict); // two participants, two evaluations already
        var grown = await w.Coordinator.PostJsonAsync(
            $"/api/v1/workshops/{w.Workshop}/participants",
            new
            {
                professionalId = await _world.MemberAsync(
                    "Derde",
                    "Deelnemer",
                    await _world.OrganisationAsync("Jeugd", w.Code, "youth"),
                    w.Code,
                    domain: "youth"
                ),
            }
        );
        await grown.ExpectAsync(HttpStatusCode.Created);
        await (
            await _world
                .AsProfessional(w.Agent, w.Code)
                .PostJsonAsync($"/api/v1/workshops/{w.Workshop}/outcomes/evaluations", new { legalFrameworks = 2 })
        ).ExpectAsync(HttpStatusCode.Created);
        var low = Recommendation(await ReportAsync(w), "low-scoring-aim")!;
        Assert.Contains("juridische kaders", low["nl"]!.GetValue<string>());
        Assert.Contains(low["evidence"]!.AsArray(), e =>
            e!["source"]!.GetValue<string>() == "evaluation"
            && e["nl"]!.GetValue<string>().Contains("gemiddeld 2,3 uit 3")
        );
    }

    [Fact]
    public async Task Only_the_municipalitys_coordinators_read_it_in_either_door()
    {
        var w = await ArrangeAsync();
        await (
            await _world
                .AsCoordinator(await _world.MunicipalityAsync())
                .GetAsync($"/api/v1/workshops/{w.Workshop}/report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (
            await _world.AsProfessional(w.Teacher, w.Code).GetAsync($"/api/v1/workshops/{w.Workshop}/report")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
        var rest = await ReportAsync(w);
        var graphql = (
            await w.Coordinator.GraphQLAsync(
                "query($id: ID!) { workshopReport(workshopId: $id) { summary { dilemmas solutions openActions } recommendations { code severity nl evidence { source nl } } } }",
                new { id = GlobalId.Encode("Workshop", Guid.Parse(w.Workshop)) }
            )
        ).Ok()["workshopReport"]!;
        Assert.Equal(
            rest["recommendations"]!
                .AsArray()
                .Select(r => $"{r!["code"]}|{r["severity"]}|{r["nl"]}|{r["evidence"]!.AsArray().Count}"),
            graphql["recommendations"]!
                .AsArray()
                .Select(r => $"{r!["code"]}|{r["severity"]}|{r["nl"]}|{r["evidence"]!.AsArray().Count}")
        );
        Assert.Equal(1, graphql["summary"]!["dilemmas"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_pdf_is_the_page_printed_by_chromium_and_a_problem_when_it_cannot_be_made()
    {
        var url = $"/api/v1/workshops/{DemoNetwork.Ids.WorkshopAmberveen}/report?format=pdf";
        await using var without = factory.WithSettings(
            new Dictionary<string, string?> { ["Reports:ChromiumPath"] = "/nonexistent/chromium" }
        );
        var client = without
            .CreateClient()
            .WithBearer(factory.TokenFor(DemoNetwork.Users.Single(u => u.Login == "coordinator.amberveen")));
        await (await client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);

        if (!File.Exists("/usr/bin/chromium"))
            return; // the 503 above is what a server without Chromium answers
        var pdf = await factory.ClientFor("coordinator.amberveen").GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 20_000);
    }
}
