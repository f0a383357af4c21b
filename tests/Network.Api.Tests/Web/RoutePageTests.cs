using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Web;

/// <summary>
/// A coordinator's escalation routes in the browser: the list per municipality and concern, a ladder rearranged and
/// saved, a new route, each checked against the API afterwards; bad input and a stale save change nothing; another
/// municipality's route is not there, a professional does not get the pages, and a rung naming someone the
/// coordinator may not see shows no name.
/// </summary>
public sealed class RoutePageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static readonly Guid Polarisation = DemoNetwork.Ids.PolarisationRouteAmberveen;

    private async Task<JsonNode> ApiRouteAsync(Guid id) =>
        (
            await (await _factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/routes/{id}")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!;

    private static List<string> Kinds(JsonNode route) =>
        [.. route["steps"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>())];

    private static string Selected(IHtmlDocument page, string id) =>
        ((IHtmlSelectElement)page.GetElementById(id)!).Value ?? "";

    [Fact]
    public async Task The_list_shows_the_coordinators_routes_per_concern_in_dutch_and_the_concerns_without_one()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var home = await browser.OpenAsync("/netwerk");
        Assert.NotNull(home.QuerySelector("a[href='/netwerk/routes']"));
        var page = await browser.OpenAsync("/netwerk/routes");

        Assert.Equal(["Amberveen"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var radicalisation = rows.Single(r => r.TextContent.Contains("Mogelijke radicalisering"));
        Assert.Equal(
            $"/netwerk/routes/{DemoNetwork.Ids.RadicalisationRouteAmberveen}",
            radicalisation.QuerySelector("a")!.GetAttribute("href")
        );
        Assert.Contains("Aandachtsfunctionaris van de eigen organisatie", radicalisation.TextContent);
        Assert.Equal("6", radicalisation.QuerySelectorAll("td")[2].TextContent);
        var online = rows.Single(r => r.TextContent.Contains("Extremistische uitingen online"));
        Assert.Contains("Nog geen route.", online.TextContent);
        Assert.Equal(
            "/netwerk/routes/nieuw?gemeente=GM9901&zorg=online-extremism",
            online.QuerySelector("a")!.GetAttribute("href")
        );
        // Four routes and one gap, as the API gives them; no code or English name shown.
        Assert.Equal(5, rows.Count);
        Assert.Equal(4, rows.Count(r => r.QuerySelector("a[href^='/netwerk/routes/0']") is not null));
        Assert.DoesNotContain("radicalisation", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(rows, r =>
            r.InnerHtml.Contains(DemoNetwork.Ids.RadicalisationRouteLindewaard.ToString())
        );
    }

    [Fact]
    public async Task A_coordinator_moves_removes_and_adds_rungs_and_the_api_shows_the_new_ladder()
    {
        Assert.Equal(
            ["ownDesignatedOfficer", "professional", "professional"],
            Kinds(await ApiRouteAsync(Polarisation))
        );
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync($"/netwerk/routes/{Polarisation}");
        Assert.Equal(DemoNetwork.Ids.YouthWorkerAmberveen.ToString(), Selected(form, "rung-1-professional"));
        Assert.Contains("Olga Peters", form.GetElementById("rung-1-professional")!.TextContent);
        Assert.Equal("", Selected(form, "rung-3-kind"));

        // Down: the own designated officer goes below the youth worker. Nothing is saved yet.
        var (moved, page) = await browser.SubmitAsync(
            "button[formaction*='?handler=Down'][value='0']",
            new Dictionary<string, string> { ["rung"] = "0" }
        );
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("Professional", Selected(page, "rung-0-kind"));
        Assert.Equal("OwnDesignatedOfficer", Selected(page, "rung-1-kind"));
        Assert.Contains("nog niets opgeslagen", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(1, (await ApiRouteAsync(Polarisation))["version"]!.GetValue<int>());

        // Remove the municipal contact (now the third rung); the empty row moves up.
        (_, page) = await browser.SubmitAsync(
            "button[formaction$='?handler=Remove'][value='2']",
            new Dictionary<string, string> { ["rung"] = "2" }
        );
        Assert.Equal("", Selected(page, "rung-2-kind"));
        Assert.Null(page.GetElementById("rung-3-kind"));

        // Add: a second empty row; fill the first with a national line and save.
        (_, page) = await browser.SubmitAsync("button[formaction$='?handler=Add']");
        Assert.Equal("", Selected(page, "rung-3-kind"));
        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Steps[2].Kind"] = "NationalLine",
                ["Form.Steps[2].LineName"] = "Landelijk Steunpunt Extremisme",
                ["Form.Steps[2].LinePhone"] = "+31 20 000 0911",
                ["Form.Steps[2].OffersAnonymousConsultation"] = "true",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await ApiRouteAsync(Polarisation);
        Assert.Equal(["professional", "ownDesignatedOfficer", "nationalLine"], Kinds(after));
        var steps = after["steps"]!.AsArray();
        Assert.Equal(DemoNetwork.Ids.YouthWorkerAmberveen, steps[0]!["professionalId"]!.GetValue<Guid>());
        Assert.Equal("Landelijk Steunpunt Extremisme", steps[2]!["lineName"]!.GetValue<string>());
        Assert.Equal("anonymousConsultation", steps[2]!["methodStep"]!.GetValue<string>());
        Assert.True(steps[2]!["offersAnonymousConsultation"]!.GetValue<bool>());
        Assert.Equal(2, after["version"]!.GetValue<int>());
        var again = await browser.OpenAsync($"/netwerk/routes/{Polarisation}");
        Assert.Contains("De route is opgeslagen.", again.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("2", again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_coordinator_makes_the_route_for_a_concern_that_had_none()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync("/netwerk/routes/nieuw?gemeente=GM9901&zorg=online-extremism");
        Assert.Contains("Extremistische uitingen online", form.QuerySelector("h1")!.TextContent);
        Assert.Contains(
            "Stichting Jongerenwerk Amberveen",
            form.QuerySelectorAll("#rung-0-organisation option").Select(o => o.TextContent)
        );

        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Steps[0].Kind"] = "Organisation",
                ["Form.Steps[0].OrganisationId"] = DemoNetwork.Ids.YouthWorkAmberveenOrg.ToString(),
                // Left over from an earlier choice of kind: not sent, so not an error.
                ["Form.Steps[0].LineName"] = "left over",
                ["Form.Steps[0].Note"] = "Jongerenwerk kent de online wereld van jongeren.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var route = await ApiRouteAsync(id);
        Assert.Equal("GM9901", route["municipality"]!.GetValue<string>());
        Assert.Equal("online-extremism", route["concernType"]!.GetValue<string>());
        Assert.Equal(["organisation"], Kinds(route));
        Assert.Null(route["steps"]![0]!["lineName"]);
        Assert.Equal(DemoNetwork.Ids.YouthWorkAmberveenOrg, route["steps"]![0]!["organisationId"]!.GetValue<Guid>());
        // The list links it now, and asking for a new one for the same concern opens it.
        var list = await browser.OpenAsync("/netwerk/routes");
        Assert.NotNull(list.QuerySelector($"a[href='/netwerk/routes/{id}']"));
        var (existing, _) = await browser.GetAsync("/netwerk/routes/nieuw?gemeente=GM9901&zorg=online-extremism");
        Assert.Equal(HttpStatusCode.Redirect, existing.StatusCode);
        Assert.EndsWith($"/netwerk/routes/{id}", existing.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_rungs_are_refused_in_dutch_next_to_their_fields_and_nothing_changes()
    {
        var id = DemoNetwork.Ids.DomesticViolenceRouteAmberveen;
        var before = (await ApiRouteAsync(id)).ToJsonString();
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync($"/netwerk/routes/{id}");
        Assert.Equal("", Selected(form, "rung-3-kind"));
        (_, form) = await browser.SubmitAsync("button[formaction$='?handler=Add']");

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Steps[3].Kind"] = "NationalLine",
                ["Form.Steps[3].LinePhone"] = "bel ons",
                ["Form.Steps[4].Kind"] = "Professional",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vul dit in.", page.GetElementById("rung-3-line-name-error")!.TextContent);
        Assert.Equal(
            "Vul een telefoonnummer in: cijfers, spaties, +, - en haakjes.",
            page.GetElementById("rung-3-line-phone-error")!.TextContent
        );
        Assert.Equal(
            "Kies een actieve professional uit het netwerk van deze gemeente.",
            page.GetElementById("rung-4-professional-error")!.TextContent
        );
        Assert.Equal(
            "rung-4-professional-error",
            page.GetElementById("rung-4-professional")!.GetAttribute("aria-describedby")
        );
        Assert.Equal("bel ons", page.GetElementById("rung-3-line-phone")!.GetAttribute("value"));
        Assert.Null(page.GetElementById("rung-0-kind-error"));
        Assert.DoesNotMatch("[a-z]+ (is|must) ", page.QuerySelector("main")!.TextContent);
        Assert.Equal(before, (await ApiRouteAsync(id)).ToJsonString());
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_in_dutch_not_overwritten()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync($"/netwerk/routes/{Polarisation}");
        var api = _factory.ClientFor("coordinator.amberveen");
        await (
            await api.PutJsonAsync(
                $"/api/v1/routes/{Polarisation}",
                new
                {
                    steps = new[]
                    {
                        new
                        {
                            kind = "emergency",
                            lineName = "Politie 112",
                            linePhone = "112",
                        },
                    },
                },
                "\"1\""
            )
        ).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Steps[0].Note"] = "Eerst binnen de eigen school." }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Emergency", Selected(page, "rung-0-kind"));
        Assert.Equal("2", page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        var after = await ApiRouteAsync(Polarisation);
        Assert.Equal(["emergency"], Kinds(after));
        Assert.Null(after["steps"]![0]!["note"]);
    }

    [Fact]
    public async Task The_coordinator_of_the_other_municipality_gets_404_and_does_not_see_it_listed()
    {
        var id = DemoNetwork.Ids.RadicalisationRouteAmberveen;
        var before = (await ApiRouteAsync(id)).ToJsonString();
        var other = await WebBrowser.SignedInAsync(_factory, "coordinator.lindewaard");
        var (response, page) = await other.GetAsync($"/netwerk/routes/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);

        // Nor can a post written by hand change it.
        var own = await other.OpenAsync("/netwerk/routes/nieuw?gemeente=GM9902&zorg=online-extremism");
        var token = own.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await other.Http.PostAsync(
            $"/netwerk/routes/{id}",
            new FormUrlEncodedContent([
                new("Form.Version", "1"),
                new("Form.Steps[0].Kind", "Emergency"),
                new("Form.Steps[0].LineName", "Politie 112"),
                new("Form.Steps[0].LinePhone", "112"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(before, (await ApiRouteAsync(id)).ToJsonString());

        var list = await other.OpenAsync("/netwerk/routes");
        Assert.Equal(["Lindewaard"], list.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.DoesNotContain(id.ToString(), list.QuerySelector("main")!.InnerHtml);
        var polarisation = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Polarisatie"));
        Assert.Contains("Nog geen route.", polarisation.TextContent);
    }

    [Fact]
    public async Task A_professional_gets_none_of_the_route_pages()
    {
        var teacher = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        foreach (
            var url in new[]
            {
                "/netwerk/routes",
                $"/netwerk/routes/{Polarisation}",
                "/netwerk/routes/nieuw?gemeente=GM9901&zorg=online-extremism",
            }
        )
        {
            var (response, _) = await teacher.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_rung_naming_someone_the_coordinator_may_not_see_shows_no_name_and_keeps_the_id()
    {
        // Arranged in the store: the API would refuse a Lindewaard teacher on an Amberveen ladder.
        var hidden = DemoNetwork.Ids.TeacherLindewaard;
        await _factory.WithDbAsync(async db =>
        {
            var step = await db
                .Routes.Where(r => r.Id == Polarisation)
                .SelectMany(r => r.Steps)
                .SingleAsync(s => s.Order == 3);
            step.ProfessionalId = hidden;
            await db.SaveChangesAsync();
        });
        var api = await ApiRouteAsync(Polarisation);
        Assert.Equal(hidden, api["steps"]![2]!["professionalId"]!.GetValue<Guid>());
        Assert.Null(api["steps"]![2]!["professionalName"]);

        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var page = await browser.OpenAsync($"/netwerk/routes/{Polarisation}");
        Assert.DoesNotContain("Yvonne", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Sanders", page.QuerySelector("main")!.TextContent);
        Assert.Equal(hidden.ToString(), Selected(page, "rung-2-professional"));
        Assert.Contains(
            "Iemand die je niet kunt zien",
            page.QuerySelector("#rung-2-professional option:checked")!.TextContent
        );

        // Kept as it is when rearranging; the service decides whether it may stay on save.
        var (_, moved) = await browser.SubmitAsync(
            "button[formaction*='?handler=Up'][value='2']",
            new Dictionary<string, string> { ["rung"] = "2" }
        );
        Assert.Equal(hidden.ToString(), Selected(moved, "rung-1-professional"));
        Assert.DoesNotContain("Sanders", moved.QuerySelector("main")!.TextContent);
        var (response, refused) = await browser.SubmitAsync("main form");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Kies een actieve professional uit het netwerk van deze gemeente.",
            refused.GetElementById("rung-1-professional-error")!.TextContent
        );
        Assert.DoesNotContain("Sanders", refused.QuerySelector("main")!.TextContent);
        Assert.Equal(1, (await ApiRouteAsync(Polarisation))["version"]!.GetValue<int>());
    }
}
