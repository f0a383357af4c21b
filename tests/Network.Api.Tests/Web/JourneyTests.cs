using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>
/// The professionals' and coordinators' journeys in the web app, each checked against what the API says afterwards.
/// Each test gets its own network (the journeys change it).
/// </summary>
public sealed class JourneyTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(Guid Id, JsonNode Me)> MeAsync(string login)
    {
        var me = (await (await _factory.ClientFor(login).GetAsync("/api/v1/me")).ExpectAsync(HttpStatusCode.OK))!;
        return (me["id"]!.GetValue<Guid>(), me);
    }

    [Fact]
    public async Task A_newcomer_finds_a_colleague_proposes_trust_and_the_colleague_confirms_it()
    {
        var (teacherId, _) = await MeAsync("teacher.amberveen");
        var newcomer = await WebBrowser.SignedInAsync(_factory, "newcomer.amberveen");

        await newcomer.OpenAsync("/zoeken");
        var (_, results) = await newcomer.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Name"] = "Anouk" }
        );
        var link = results.QuerySelector($"a[href='/professionals/{teacherId}']");
        Assert.NotNull(link);

        await newcomer.OpenAsync(link.GetAttribute("href")!);
        var (proposed, _) = await newcomer.SubmitAsync("form[action*='handler=Propose']");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var trustPage = await newcomer.OpenAsync("/vertrouwen");
        Assert.Contains("Anouk", trustPage.QuerySelector("main")!.TextContent);

        var teacher = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        var page = await teacher.OpenAsync("/vertrouwen");
        var card = page.QuerySelectorAll(".network-card").Single(c => c.TextContent.Contains("Sanne Kramer"));
        Assert.NotNull(card.QuerySelector("form[action*='handler=Confirm']"));
        var (confirmed, _) = await teacher.SubmitAsync(
            $"form[action*='handler=Confirm']:has(input[name=id][value='{card.QuerySelector("input[name=id]")!.GetAttribute("value")}'])"
        );
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var after = await teacher.OpenAsync("/vertrouwen");
        Assert.Contains("jullie vertrouwen elkaar nu", after.QuerySelector("[role=status]")!.TextContent);
        var trust = (
            await (
                await _factory
                    .ClientFor("newcomer.amberveen")
                    .GetAsync("/api/v1/me/trust-relationships?status=confirmed")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["items"]!.AsArray();
        Assert.Contains(trust, t => t!["recipient"]!["id"]!.GetValue<Guid>() == teacherId);
    }

    [Fact]
    public async Task Saving_my_details_keeps_contact_point_ids_and_sets_the_chosen_visibility()
    {
        var (_, before) = await MeAsync("teacher.amberveen");
        var first = before["contactPoints"]![0]!;
        var browser = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        await browser.OpenAsync("/mijn-gegevens");

        var (saved, _) = await browser.SubmitAsync(
            "form[action*='handler=Profile']",
            new Dictionary<string, string>
            {
                ["Form.ContactPoints[0].Visibility"] = "Coordinators",
                ["Form.About"] = "Docent maatschappijleer; mentor van de tweede klas.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (_, after) = await MeAsync("teacher.amberveen");
        var points = after["contactPoints"]!.AsArray();
        Assert.Equal(before["contactPoints"]!.AsArray().Count, points.Count);
        var same = points.Single(p => p!["id"]!.GetValue<Guid>() == first["id"]!.GetValue<Guid>())!;
        Assert.Equal("coordinators", same["visibility"]!.GetValue<string>());
        Assert.Equal(first["value"]!.GetValue<string>(), same["value"]!.GetValue<string>());
        Assert.Equal("Docent maatschappijleer; mentor van de tweede klas.", after["about"]?.GetValue<string>());
        Assert.Equal(before["expertiseTags"]!.ToJsonString(), after["expertiseTags"]!.ToJsonString());
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_not_overwritten()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        await browser.OpenAsync("/mijn-gegevens");

        var api = _factory.ClientFor("teacher.amberveen");
        var me = await api.GetAsync("/api/v1/me");
        var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me/profile")
        {
            Content = new StringContent(
                "{\"about\": \"Changed on the phone.\"}",
                System.Text.Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", me.Headers.ETag!.ToString());
        await (await api.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "form[action*='handler=Profile']",
            new Dictionary<string, string> { ["Form.About"] = "Typed in the browser." }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Changed on the phone.", page.QuerySelector("#about")!.TextContent);
        var (_, after) = await MeAsync("teacher.amberveen");
        Assert.Equal("Changed on the phone.", after["about"]?.GetValue<string>());
    }

    [Fact]
    public async Task Who_viewed_my_details_names_the_reader_and_the_channel_not_ids()
    {
        var (teacherId, teacherMe) = await MeAsync("teacher.amberveen");
        // The youth doctor trusts the teacher, so she sees the teacher's trusted-only mobile: a restricted read.
        var seen = (
            await (
                await _factory.ClientFor("youth-doctor.amberveen").GetAsync($"/api/v1/professionals/{teacherId}")
            ).ExpectAsync(HttpStatusCode.OK)
        )!;
        var restricted = seen["contactPoints"]!
            .AsArray()
            .First(c => c!["visibility"]!.GetValue<string>() == "trusted")!;

        var browser = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        var page = await browser.OpenAsync("/mijn-gegevens/bekeken");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r =>
            r.Contains("Charlotte de Wit") && r.Contains(restricted["value"]!.GetValue<string>())
        );
        Assert.DoesNotContain(rows, r =>
            r.Contains("youth-doctor.amberveen") || r.Contains(restricted["id"]!.GetValue<string>())
        );
        Assert.NotNull(teacherMe);
    }

    [Fact]
    public async Task A_coordinator_of_the_other_municipality_finds_nothing_of_this_one()
    {
        var (teacherId, _) = await MeAsync("teacher.amberveen");
        var other = await WebBrowser.SignedInAsync(_factory, "coordinator.lindewaard");

        await other.OpenAsync("/zoeken");
        var (_, results) = await other.SubmitAsync("main form", new Dictionary<string, string> { ["Name"] = "Anouk" });
        Assert.Empty(results.QuerySelectorAll($"a[href='/professionals/{teacherId}']"));
        Assert.Contains("0 professionals gevonden", results.QuerySelector("#results-heading")!.TextContent);

        var (response, page) = await other.GetAsync($"/professionals/{teacherId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_coordinator_opens_the_printable_network_report_from_the_web_app()
    {
        var coordinator = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var page = await coordinator.OpenAsync("/netwerk");
        var link = page.QuerySelector("a[href*='/network-report?format=html']")!.GetAttribute("href")!;
        Assert.Contains("GM9901", link);

        var report = await coordinator.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("Amberveen", await report.Content.ReadAsStringAsync());

        // The workshop's report (verslag) opens the same way, in the language the web app is in.
        var verslag = page.QuerySelector("a[href*='/report?format=html&lang=nl']")!.GetAttribute("href")!;
        var opened = await coordinator.Http.GetAsync(verslag);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.StartsWith("text/html", opened.Content.Headers.ContentType?.ToString());
        Assert.Contains("lang=\"nl\"", await opened.Content.ReadAsStringAsync());
    }
}
