using System.Net;
using System.Text;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>A coordinator's workshop follow-up in the web app: plan it, check and import the list, see attendance.</summary>
public sealed class WorkshopPageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> UploadAsync(
        WebBrowser browser,
        string csv,
        bool markAttended = true
    )
    {
        var token = browser
            .Page!.QuerySelector("form[action*='handler=Check'] input[name=__antiforgery]")!
            .GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__antiforgery" },
            { new StringContent(markAttended ? "true" : "false"), "MarkAttended" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "presentielijst.csv" },
        };
        var url = browser.CurrentUrl.Split('?')[0] + "?handler=Check";
        var response = await browser.Http.PostAsync(url, form);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    [Fact]
    public async Task A_coordinator_plans_a_workshop_checks_the_list_imports_it_and_newcomers_are_marked_present()
    {
        var browser = new WebBrowser(_factory);
        await browser.SignInAsync("coordinator.amberveen");
        await browser.OpenAsync("/netwerk/werkateliers/nieuw");
        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Title"] = "Werkatelier Noord",
                ["Date"] = "2027-02-10",
                ["Place"] = "Wijkcentrum De Ooievaar",
                ["Facilitators"] = "Trainer Een, Trainer Twee",
                ["Seats"] = "12",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var workshopUrl = created.Headers.Location!.OriginalString;
        var page = await browser.OpenAsync(workshopUrl);
        Assert.Equal("Werkatelier Noord", page.QuerySelector("h1")!.TextContent);

        // A slip in a profession: nothing is imported, the line is named and the right name suggested.
        var (refused, refusedPage) = await UploadAsync(
            browser,
            "naam;e-mail;organisatie;beroep\nTessa Nieuw;tessa.nieuw@example.org;Het Amberlyceum;Medewerker wijkteam\n"
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(
            "bedoel je ‘Medewerker sociaal wijkteam’",
            string.Join(" ", refusedPage.QuerySelectorAll("[role=alert]").Select(a => a.TextContent))
        );

        var (_, preview) = await UploadAsync(
            browser,
            "naam;e-mail;organisatie;beroep\nTessa Nieuw;tessa.nieuw@example.org;Het Amberlyceum;Medewerker sociaal wijkteam\n"
        );
        Assert.Contains(
            "nieuw: komt erin als nieuwkomer",
            preview.QuerySelector("#preview-heading")!.ParentElement!.TextContent
        );
        var participantsBefore = await _factory
            .ClientFor("coordinator.amberveen")
            .GetAsync($"/api/v1/workshops/{workshopUrl.Split('/').Last()}/participants");
        Assert.Empty((await participantsBefore.ExpectAsync(HttpStatusCode.OK))!["items"]!.AsArray());

        // The preview carries the list, so importing needs no second upload.
        var importForm = preview.QuerySelector("form[action*='handler=Import']")!;
        var fields = importForm
            .QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        var imported = await browser.Http.PostAsync(
            importForm.GetAttribute("action"),
            new FormUrlEncodedContent(fields)
        );
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);

        var after = await browser.OpenAsync(workshopUrl);
        var row = after.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Tessa Nieuw"));
        Assert.Contains("nieuwkomer", row.TextContent);
        Assert.NotNull(row.QuerySelector("input[name=Present][checked]"));
        var participants = (
            await (
                await _factory
                    .ClientFor("coordinator.amberveen")
                    .GetAsync($"/api/v1/workshops/{workshopUrl.Split('/').Last()}/participants")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["items"]!.AsArray();
        Assert.True(participants.Single()!["attended"]!.GetValue<bool>());
        Assert.Equal("pending", participants.Single()!["listingStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_other_municipality_cannot_open_the_workshop()
    {
        var workshops = (
            await (await _factory.ClientFor("coordinator.amberveen").GetAsync("/api/v1/workshops")).ExpectAsync(
                HttpStatusCode.OK
            )
        )!["items"]!.AsArray();
        var id = workshops[0]!["id"]!.GetValue<string>();

        var other = new WebBrowser(_factory);
        await other.SignInAsync("coordinator.lindewaard");
        var (response, page) = await other.GetAsync($"/netwerk/werkateliers/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);
    }
}
