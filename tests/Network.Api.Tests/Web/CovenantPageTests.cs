using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Web;

/// <summary>
/// A coordinator's covenants in the browser: the list, a new one, an edit, each checked against the API afterwards;
/// bad input and a stale save change nothing; signatories the coordinator cannot see stay; a covenant that also covers
/// another municipality is shown, not offered for editing; the other municipality's coordinator finds nothing of it.
/// </summary>
public sealed class CovenantPageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> ApiCovenantAsync(Guid id, string login = "coordinator.amberveen") =>
        (await (await _factory.ClientFor(login).GetAsync($"/api/v1/covenants/{id}")).ExpectAsync(HttpStatusCode.OK))!;

    private static void Tick(IHtmlDocument page, string id, bool on = true) =>
        ((IHtmlInputElement)page.GetElementById(id)!).IsChecked = on;

    private static List<Guid> Signatories(JsonNode covenant) =>
        [.. covenant["signatories"]!.AsArray().Select(s => s!["organisationId"]!.GetValue<Guid>()).Order()];

    /// <summary>A covenant of Amberveen only, made in the browser; its id.</summary>
    private static async Task<Guid> CreateAsync(WebBrowser browser, string title)
    {
        var form = await browser.OpenAsync("/netwerk/convenanten/nieuw");
        Tick(form, $"signatory-{DemoNetwork.Ids.AmberlyceumOrg}");
        Tick(form, $"signatory-{DemoNetwork.Ids.VeenpoortOrg}");
        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Title"] = title,
                ["Form.Purpose"] = "Zorgen over leerlingen bespreken tussen de twee scholen, met naam.",
                ["Form.ValidFrom"] = "2026-01-01",
                ["Form.ValidUntil"] = "2027-12-31",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task A_coordinator_records_a_covenant_that_the_api_then_gives_and_the_list_shows_in_dutch()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var id = await CreateAsync(browser, "Convenant scholen Amberveen");

        var c = await ApiCovenantAsync(id);
        Assert.Equal("Convenant scholen Amberveen", c["title"]!.GetValue<string>());
        Assert.Equal("2026-01-01", c["validFrom"]!.GetValue<string>());
        Assert.Equal("2027-12-31", c["validUntil"]!.GetValue<string>());
        Assert.Equal(["GM9901"], c["municipalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.VeenpoortOrg }.Order(), Signatories(c));
        var page = await browser.OpenAsync($"/netwerk/convenanten/{id}");
        Assert.Contains("Het convenant is vastgelegd.", page.QuerySelector("[role=status]")!.TextContent);

        var list = await browser.OpenAsync("/netwerk/convenanten");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Convenant scholen Amberveen"));
        Assert.Contains("1 januari 2026", row.TextContent);
        Assert.Contains("31 december 2027", row.TextContent);
        Assert.Contains("Het Amberlyceum", row.TextContent);
        var demo = list.QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains(DemoNetwork.SafetyHouseCovenantTitle));
        Assert.Contains("31 december 2028", demo.TextContent);
        Assert.Contains(">geldig<", demo.InnerHtml);
    }

    [Fact]
    public async Task A_coordinator_edits_a_covenant_and_the_api_shows_the_change()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var id = await CreateAsync(browser, "Convenant om te wijzigen");
        var before = await ApiCovenantAsync(id);
        var form = await browser.OpenAsync($"/netwerk/convenanten/{id}");
        Assert.Equal("Convenant om te wijzigen", form.GetElementById("title")!.GetAttribute("value"));
        Tick(form, $"signatory-{DemoNetwork.Ids.YouthWorkAmberveenOrg}");

        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Title"] = "Convenant gewijzigd", ["Form.ValidUntil"] = "" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await ApiCovenantAsync(id);
        Assert.Equal("Convenant gewijzigd", after["title"]!.GetValue<string>());
        Assert.Null(after["validUntil"]);
        Assert.Contains(DemoNetwork.Ids.YouthWorkAmberveenOrg, Signatories(after));
        Assert.Equal(3, Signatories(after).Count);
        Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());
        var list = await browser.OpenAsync("/netwerk/convenanten");
        Assert.Contains(
            "zonder einddatum",
            list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Convenant gewijzigd")).TextContent
        );
    }

    [Fact]
    public async Task A_missing_title_and_a_lone_signatory_are_named_in_dutch_and_nothing_is_recorded()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var count = await ApiCountAsync();
        var form = await browser.OpenAsync("/netwerk/convenanten/nieuw");
        Tick(form, $"signatory-{DemoNetwork.Ids.AmberlyceumOrg}");

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Title"] = "",
                ["Form.Purpose"] = "Zorgen bespreken.",
                ["Form.ValidFrom"] = "2026-06-01",
                ["Form.ValidUntil"] = "2026-01-01",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vul dit in.", page.GetElementById("title-error")!.TextContent);
        Assert.Equal("title-error", page.GetElementById("title")!.GetAttribute("aria-describedby"));
        Assert.Equal(
            "Een convenant heeft minstens twee organisaties.",
            page.GetElementById("signatories-error")!.TextContent
        );
        Assert.Equal("Mag niet vóór de ingangsdatum liggen.", page.GetElementById("validUntil-error")!.TextContent);
        Assert.Equal("Zorgen bespreken.", page.GetElementById("purpose")!.TextContent);
        Assert.True(((IHtmlInputElement)page.GetElementById($"signatory-{DemoNetwork.Ids.AmberlyceumOrg}")!).IsChecked);
        Assert.Equal(count, await ApiCountAsync());
    }

    [Fact]
    public async Task A_purpose_that_looks_like_case_data_is_refused_next_to_its_field()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var id = await CreateAsync(browser, "Convenant met bewaakt doel");
        await browser.OpenAsync($"/netwerk/convenanten/{id}");

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Purpose"] = "Over de leerling met BSN 123456782." }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("burgerservicenummer", page.GetElementById("purpose-error")!.TextContent);
        Assert.Equal("purpose-hint purpose-error", page.GetElementById("purpose")!.GetAttribute("aria-describedby"));
        Assert.DoesNotContain("123456782", (await ApiCovenantAsync(id))["purpose"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_in_dutch_not_overwritten()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var id = await CreateAsync(browser, "Convenant tegelijk gewijzigd");
        await browser.OpenAsync($"/netwerk/convenanten/{id}");

        var api = _factory.ClientFor("coordinator.amberveen");
        var read = await api.GetAsync($"/api/v1/covenants/{id}");
        var body = (await read.ExpectAsync(HttpStatusCode.OK))!.AsObject();
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/covenants/{id}")
        {
            Content = JsonContent.Create(
                new
                {
                    title = "Convenant (elders)",
                    purpose = body["purpose"]!.GetValue<string>(),
                    validFrom = "2026-01-01",
                    validUntil = (string?)null,
                    signatories = Signatories(body),
                    municipalities = new[] { "GM9901" },
                }
            ),
        };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        await (await api.SendAsync(put)).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Title"] = "Convenant (browser)" }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Convenant (elders)", page.GetElementById("title")!.GetAttribute("value"));
        Assert.Equal("Convenant (elders)", (await ApiCovenantAsync(id))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signatories_the_coordinator_cannot_see_stay_when_they_save()
    {
        var hidden = DemoNetwork.Ids.MunicipalityLindewaardOrg; // serves Lindewaard only
        var created = await (
            await _factory
                .ClientFor("admin")
                .PostAsJsonAsync(
                    "/api/v1/covenants",
                    new
                    {
                        title = "Convenant met een onzichtbare ondertekenaar",
                        purpose = "Afspraken over het delen van signalen.",
                        validFrom = "2026-01-01",
                        signatories = new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.VeenpoortOrg, hidden },
                        municipalities = new[] { "GM9901" },
                    }
                )
        ).ExpectAsync(HttpStatusCode.Created);
        var id = created!["id"]!.GetValue<Guid>();

        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync($"/netwerk/convenanten/{id}");
        Assert.Null(form.GetElementById($"signatory-{hidden}"));
        Assert.DoesNotContain(hidden.ToString(), form.DocumentElement.OuterHtml);
        Tick(form, $"signatory-{DemoNetwork.Ids.VeenpoortOrg}", on: false);
        Tick(form, $"signatory-{DemoNetwork.Ids.GgdOrg}");
        var (saved, _) = await browser.SubmitAsync("main form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(
            new[] { DemoNetwork.Ids.AmberlyceumOrg, DemoNetwork.Ids.GgdOrg, hidden }.Order(),
            Signatories(await ApiCovenantAsync(id, "admin"))
        );
    }

    [Fact]
    public async Task A_covenant_that_also_covers_another_municipality_is_shown_without_a_form()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var page = await browser.OpenAsync($"/netwerk/convenanten/{DemoNetwork.Ids.SafetyHouseCovenant}");
        Assert.Equal(DemoNetwork.SafetyHouseCovenantTitle, page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("Alleen wie alle gemeenten ervan coördineert", page.QuerySelector("main")!.TextContent);
        Assert.Contains("1 januari 2025 tot en met 31 december 2028", page.QuerySelector("main")!.TextContent);

        // A post written by hand is refused by the service.
        var token = page.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await browser.Http.PostAsync(
            $"/netwerk/convenanten/{DemoNetwork.Ids.SafetyHouseCovenant}",
            new FormUrlEncodedContent([
                new("Form.Title", "Gekaapt"),
                new("Form.Version", "1"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(
            DemoNetwork.SafetyHouseCovenantTitle,
            (await ApiCovenantAsync(DemoNetwork.Ids.SafetyHouseCovenant))["title"]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task The_coordinator_of_the_other_municipality_gets_404_and_does_not_see_it_listed()
    {
        var id = await CreateAsync(
            await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen"),
            "Convenant alleen Amberveen"
        );

        var other = await WebBrowser.SignedInAsync(_factory, "coordinator.lindewaard");
        var (response, page) = await other.GetAsync($"/netwerk/convenanten/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);

        var list = await other.OpenAsync("/netwerk/convenanten");
        var titles = list.QuerySelectorAll("tbody tr td a").Select(a => a.TextContent).ToList();
        Assert.Contains(DemoNetwork.SafetyHouseCovenantTitle, titles);
        Assert.DoesNotContain("Convenant alleen Amberveen", titles);

        // Nor can a post written by hand change it.
        var token = list.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await other.Http.PostAsync(
            $"/netwerk/convenanten/{id}",
            new FormUrlEncodedContent([
                new("Form.Title", "Gekaapt"),
                new("Form.Version", "1"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Convenant alleen Amberveen", (await ApiCovenantAsync(id))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_professional_cannot_open_the_new_covenant_form()
    {
        var teacher = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        var (response, _) = await teacher.GetAsync("/netwerk/convenanten/nieuw");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> ApiCountAsync() =>
        (
            await (
                await _factory.ClientFor("coordinator.amberveen").GetAsync("/api/v1/covenants?pageSize=1")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["totalCount"]!.GetValue<int>();
}
