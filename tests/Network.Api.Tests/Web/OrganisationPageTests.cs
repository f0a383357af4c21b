using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Web;

/// <summary>
/// A coordinator's organisations in the browser: the list, a new one, an edit, deactivating, each checked against the
/// API afterwards; bad input and a stale save change nothing; another municipality's organisation is not there.
/// </summary>
public sealed class OrganisationPageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> ApiOrganisationAsync(Guid id) =>
        (
            await (
                await _factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/organisations/{id}")
            ).ExpectAsync(HttpStatusCode.OK)
        )!;

    private static void Tick(IHtmlDocument page, string id, bool on = true) =>
        ((IHtmlInputElement)page.GetElementById(id)!).IsChecked = on;

    [Fact]
    public async Task The_list_shows_the_organisations_the_api_gives_the_coordinator_with_kinds_in_dutch()
    {
        var all = (
            await (
                await _factory
                    .ClientFor("coordinator.amberveen")
                    .GetAsync("/api/v1/organisations?pageSize=100&includeInactive=true")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["items"]!
            .AsArray()
            .Select(o => o!["name"]!.GetValue<string>())
            .Order()
            .ToList();
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var page = await browser.OpenAsync("/netwerk/organisaties");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(all, rows.Select(r => r.QuerySelector("td a")!.TextContent).Order().ToList());
        var school = rows.Single(r => r.TextContent.Contains("Het Amberlyceum"));
        Assert.Contains("School", school.TextContent);
        Assert.Contains("Onderwijs", school.TextContent);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("Lindecollege"));
    }

    [Fact]
    public async Task A_coordinator_creates_an_organisation_with_a_switchboard()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync("/netwerk/organisaties/nieuw");
        Tick(form, "domain-youth");
        Assert.True(((IHtmlInputElement)form.GetElementById("municipality-GM9901")!).IsChecked);

        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Name"] = "Buurtwerk De Linde",
                ["Form.Kind"] = "youth-work",
                ["Form.ContactPoints[0].Channel"] = "WorkPhone",
                ["Form.ContactPoints[0].Value"] = "+31 20 000 0999",
                ["Form.ContactPoints[0].Label"] = "Algemeen nummer",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var org = await ApiOrganisationAsync(id);
        Assert.Equal("Buurtwerk De Linde", org["name"]!.GetValue<string>());
        Assert.Equal("youth-work", org["kind"]!.GetValue<string>());
        Assert.Equal(["youth"], org["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["GM9901"], org["municipalities"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("+31 20 000 0999", org["contactPoints"]![0]!["value"]!.GetValue<string>());
        var page = await browser.OpenAsync($"/netwerk/organisaties/{id}");
        Assert.Contains("De organisatie is aangemaakt.", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_dutch_next_to_its_field_and_nothing_is_created()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync("/netwerk/organisaties/nieuw");
        Tick(form, "municipality-GM9901", on: false);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Name"] = "", ["Form.ContactPoints[0].Value"] = "x" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vul dit in.", page.GetElementById("name-error")!.TextContent);
        Assert.Equal("Kies er minstens één.", page.GetElementById("domains-error")!.TextContent);
        Assert.Equal("Kies er minstens één.", page.GetElementById("municipalities-error")!.TextContent);
        Assert.Equal("name-error", page.GetElementById("name")!.GetAttribute("aria-describedby"));
        Assert.Equal("x", page.GetElementById("cp-0-value")!.GetAttribute("value"));

        var count = (
            await (
                await _factory
                    .ClientFor("coordinator.amberveen")
                    .GetAsync("/api/v1/organisations?pageSize=100&includeInactive=true")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["totalCount"]!.GetValue<int>();
        var list = await browser.OpenAsync("/netwerk/organisaties");
        Assert.Equal(count, list.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_coordinator_edits_an_organisation_serving_two_municipalities_and_keeps_the_other_one()
    {
        var id = DemoNetwork.Ids.VeiligheidshuisOrg;
        var before = await ApiOrganisationAsync(id);
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var form = await browser.OpenAsync($"/netwerk/organisaties/{id}");
        Assert.Null(form.GetElementById("municipality-GM9902"));
        Tick(form, "domain-youth");

        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Name"] = "Zorg- en Veiligheidshuis Veenland-Oost" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await ApiOrganisationAsync(id);
        Assert.Equal("Zorg- en Veiligheidshuis Veenland-Oost", after["name"]!.GetValue<string>());
        Assert.Equal(["GM9901", "GM9902"], after["municipalities"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains("youth", after["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        static List<string> Points(JsonNode o) =>
            [.. o["contactPoints"]!.AsArray().Select(c => c!.ToJsonString()).Order(StringComparer.Ordinal)];
        Assert.Equal(Points(before), Points(after));
        Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_in_dutch_not_overwritten()
    {
        var id = DemoNetwork.Ids.AmberlyceumOrg;
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync($"/netwerk/organisaties/{id}");

        var api = _factory.ClientFor("coordinator.amberveen");
        var read = await api.GetAsync($"/api/v1/organisations/{id}");
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/organisations/{id}")
        {
            Content = new StringContent(
                "{\"name\": \"Het Amberlyceum (elsewhere)\"}",
                System.Text.Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        await (await api.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Name"] = "Het Amberlyceum (browser)" }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Het Amberlyceum (elsewhere)", page.GetElementById("name")!.GetAttribute("value"));
        Assert.Equal("Het Amberlyceum (elsewhere)", (await ApiOrganisationAsync(id))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deactivating_hides_the_organisation_from_professionals_and_reactivating_brings_it_back()
    {
        var id = DemoNetwork.Ids.VeenpoortOrg;
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync("/netwerk/organisaties");
        var (off, _) = await browser.SubmitAsync($"form:has(input[name=id][value='{id}'])");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await ApiOrganisationAsync(id))["isActive"]!.GetValue<bool>());
        var teacher = _factory.ClientFor("teacher.amberveen");
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/v1/organisations/{id}")).StatusCode);

        var page = await browser.OpenAsync($"/netwerk/organisaties/{id}");
        Assert.Contains("gedeactiveerd", page.QuerySelector("main")!.TextContent);
        var (on, _) = await browser.SubmitAsync("form[action*='handler=Active']");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.True((await ApiOrganisationAsync(id))["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_coordinator_of_the_other_municipality_gets_404_for_this_ones_organisation()
    {
        var id = DemoNetwork.Ids.AmberlyceumOrg;
        var other = await WebBrowser.SignedInAsync(_factory, "coordinator.lindewaard");
        var (response, page) = await other.GetAsync($"/netwerk/organisaties/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);

        // Nor can a post written by hand change it.
        await other.OpenAsync("/netwerk/organisaties/nieuw");
        var token = other.Page!.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await other.Http.PostAsync(
            $"/netwerk/organisaties/{id}?handler=Active",
            new FormUrlEncodedContent([new("active", "false"), new("version", "1"), new("__antiforgery", token)])
        );
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True((await ApiOrganisationAsync(id))["isActive"]!.GetValue<bool>());
        var list = await other.OpenAsync("/netwerk/organisaties");
        Assert.DoesNotContain(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Het Amberlyceum"));
    }

    [Fact]
    public async Task A_professional_cannot_open_the_organisation_form()
    {
        var teacher = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        var (response, _) = await teacher.GetAsync($"/netwerk/organisaties/{DemoNetwork.Ids.AmberlyceumOrg}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (created, _) = await teacher.GetAsync("/netwerk/organisaties/nieuw");
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
    }
}
