using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>
/// The catalogues in the browser: coordinators and admins read them in Dutch; an admin edits an entry and adds one,
/// each checked against the API afterwards, and a stale save is reported; a coordinator gets no form and a post of
/// theirs is refused by the service.
/// </summary>
public sealed class CataloguePageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> ApiAsync(string path) =>
        (await (await _factory.ClientFor("coordinator.amberveen").GetAsync(path)).ExpectAsync(HttpStatusCode.OK))!;

    [Fact]
    public async Task A_coordinator_reads_the_catalogues_in_dutch_without_any_form()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var page = await browser.OpenAsync("/netwerk/catalogi");

        var domains = (await ApiAsync("/api/v1/domains?pageSize=100"))["items"]!.AsArray();
        var cells = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr td:first-child");
        Assert.Equal(
            domains.Select(d => d!["nameNl"]!.GetValue<string>()).Order(),
            cells.Select(c => c.TextContent.Trim()).Order()
        );
        var youthDoctor = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("youth-doctor"));
        Assert.Contains("Medisch beroepsgeheim", youthDoctor.TextContent);
        Assert.Contains("Mogelijke radicalisering", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Empty(page.QuerySelectorAll("main a[href^='/netwerk/catalogi/']"));
        Assert.Contains("Alleen een beheerder past ze aan.", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_admin_renames_a_domain_and_the_api_gives_the_new_names()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "admin");
        var list = await browser.OpenAsync("/netwerk/catalogi");
        Assert.NotNull(list.QuerySelector("a[href='/netwerk/catalogi/domeinen/youth']"));
        var form = await browser.OpenAsync("/netwerk/catalogi/domeinen/youth");
        Assert.Equal("Jeugd", form.GetElementById("nameNl")!.GetAttribute("value"));

        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.NameNl"] = "Jeugd en gezin", ["Form.Name"] = "Youth and family" }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var youth = await ApiAsync("/api/v1/domains/youth");
        Assert.Equal("Jeugd en gezin", youth["nameNl"]!.GetValue<string>());
        Assert.Equal("Youth and family", youth["name"]!.GetValue<string>());
        var page = await browser.OpenAsync("/netwerk/catalogi/domeinen/youth");
        Assert.Contains("Het onderdeel is opgeslagen.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Jeugd en gezin", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_admin_edits_a_profession_and_its_secrecy()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "admin");
        await browser.OpenAsync("/netwerk/catalogi/beroepen/youth-doctor");
        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Regime"] = "ProfessionalCode",
                ["Form.LegalSource"] = "Beroepscode artsen (KNMG)",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var doctor = await ApiAsync("/api/v1/professions/youth-doctor");
        Assert.Equal("professionalCode", doctor["regime"]!.GetValue<string>());
        Assert.Equal("Beroepscode artsen (KNMG)", doctor["legalSource"]!.GetValue<string>());
        Assert.Equal("Jeugdarts", doctor["nameNl"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_adds_a_kind_of_concern_with_expertise_in_dutch_words()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "admin");
        await browser.OpenAsync("/netwerk/catalogi/soorten-zorg/nieuw");
        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.Id"] = "loverboys",
                ["Form.NameNl"] = "Loverboyproblematiek",
                ["Form.Name"] = "Grooming by loverboys",
                ["Form.Description"] = "Signs that a young person is being groomed and exploited.",
                ["Form.ExpertiseTags"] = "huiselijk geweld, kinderbescherming",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("/netwerk/catalogi/soorten-zorg/loverboys", created.Headers.Location!.OriginalString);

        var concern = await ApiAsync("/api/v1/concern-types/loverboys");
        Assert.Equal("Loverboyproblematiek", concern["nameNl"]!.GetValue<string>());
        Assert.Equal(
            ["child-protection", "domestic-violence"],
            concern["expertiseTags"]!.AsArray().Select(t => t!.GetValue<string>()).Order()
        );
    }

    [Fact]
    public async Task A_missing_name_and_a_bad_code_are_named_in_dutch_and_nothing_is_added()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "admin");
        await browser.OpenAsync("/netwerk/catalogi/domeinen/nieuw");
        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.Id"] = "Zorg & Welzijn", ["Form.Name"] = "Care and welfare" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vul dit in.", page.GetElementById("nameNl-error")!.TextContent);
        Assert.StartsWith("Gebruik kleine letters", page.GetElementById("id-error")!.TextContent);
        Assert.Equal("Care and welfare", page.GetElementById("name")!.GetAttribute("value"));
        var domains = (await ApiAsync("/api/v1/domains?pageSize=100"))["items"]!.AsArray();
        Assert.DoesNotContain(domains, d => d!["name"]!.GetValue<string>() == "Care and welfare");
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_not_overwritten()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "admin");
        await browser.OpenAsync("/netwerk/catalogi/domeinen/safety");

        var api = _factory.ClientFor("admin");
        var read = await api.GetAsync("/api/v1/domains/safety");
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/domains/safety")
        {
            Content = new StringContent(
                "{\"name\": \"Safety\", \"nameNl\": \"Veiligheid (elders)\"}",
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        await (await api.SendAsync(put)).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.NameNl"] = "Veiligheid (browser)" }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Veiligheid (elders)", page.GetElementById("nameNl")!.GetAttribute("value"));
        Assert.Equal("Veiligheid (elders)", (await ApiAsync("/api/v1/domains/safety"))["nameNl"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinator_gets_no_edit_form_and_a_post_of_theirs_is_refused()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var (form, _) = await browser.GetAsync("/netwerk/catalogi/domeinen/youth");
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        var (add, _) = await browser.GetAsync("/netwerk/catalogi/domeinen/nieuw");
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);

        var list = await browser.OpenAsync("/netwerk/catalogi");
        var token = list.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var version = (await _factory.ClientFor("coordinator.amberveen").GetAsync("/api/v1/domains/youth"))
            .Headers.ETag!.Tag.Trim('"')
            .Split('.')[0];
        var refused = await browser.Http.PostAsync(
            "/netwerk/catalogi/domeinen/youth",
            new FormUrlEncodedContent([
                new("Form.Version", version),
                new("Form.Name", "Youth"),
                new("Form.NameNl", "Gekaapt"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var added = await browser.Http.PostAsync(
            "/netwerk/catalogi/domeinen/nieuw",
            new FormUrlEncodedContent([
                new("Form.Id", "gekaapt"),
                new("Form.Name", "Hijacked"),
                new("Form.NameNl", "Gekaapt"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
        Assert.Equal("Jeugd", (await ApiAsync("/api/v1/domains/youth"))["nameNl"]!.GetValue<string>());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await _factory.ClientFor("admin").GetAsync("/api/v1/domains/gekaapt")).StatusCode
        );
    }
}
