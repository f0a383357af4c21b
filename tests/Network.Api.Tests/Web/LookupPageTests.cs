using System.Net;
using System.Text.Json.Nodes;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>"Ik maak me zorgen": the lookup in the browser shows the lookup service's answer, in Dutch.</summary>
public sealed class LookupPageTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private static Dictionary<string, string> Ask(string concern, string step = "") =>
        new() { ["ConcernType"] = concern, ["Step"] = step };

    [Fact]
    public async Task The_answer_shows_the_same_people_in_the_same_order_as_the_api()
    {
        var api = await factory
            .ClientFor("teacher.amberveen")
            .PostJsonAsync(
                "/api/v1/lookups",
                new { concernType = "radicalisation", methodStep = "sharingPersonalData" }
            );
        var expected = (await api.ExpectAsync(HttpStatusCode.OK))!["contacts"]!
            .AsArray()
            .Select(c => c!["name"]!.GetValue<string>())
            .ToList();

        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        await browser.OpenAsync("/ik-maak-me-zorgen");
        var (response, page) = await browser.SubmitAsync(
            "form button.utrecht-button--primary-action",
            Ask("radicalisation", "SharingPersonalData")
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = page.QuerySelectorAll("section .network-card h4").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
        // The codes are in words: no raw enum names reach the page.
        Assert.DoesNotContain("generalDataProtection", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("officialSecrecy", page.Body.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mogelijke radicalisering", page.QuerySelector("#answer-heading")!.TextContent);
    }

    [Fact]
    public async Task At_the_sharing_step_each_contact_says_whether_a_covenant_allows_it()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        await browser.OpenAsync("/ik-maak-me-zorgen");
        var (_, sharing) = await browser.SubmitAsync(
            "form button.utrecht-button--primary-action",
            Ask("radicalisation", "SharingPersonalData")
        );
        var sharingText = sharing.QuerySelector("section")!.TextContent;
        Assert.True(
            sharingText.Contains("geen convenant", StringComparison.Ordinal)
                || sharingText.Contains("tekenden het convenant", StringComparison.Ordinal)
        );

        // The step filter really changes the answer: anonymous consultation says nothing about covenants.
        await browser.OpenAsync("/ik-maak-me-zorgen");
        var (_, anonymous) = await browser.SubmitAsync(
            "form button.utrecht-button--primary-action",
            Ask("radicalisation", "AnonymousConsultation")
        );
        var anonymousText = anonymous.QuerySelector("section")!.TextContent;
        Assert.DoesNotContain("convenant", anonymousText, StringComparison.Ordinal);
        Assert.Contains("Overleg anoniem", anonymousText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_people_use_find_the_concern()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        await browser.OpenAsync("/ik-maak-me-zorgen");
        var (_, page) = await browser.SubmitAsync(
            "button[formaction='?handler=Find']",
            new Dictionary<string, string> { ["Words"] = "complotdenken" }
        );
        var options = page.QuerySelectorAll("input[name=ConcernType]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["online-extremism"], options);
        Assert.NotNull(page.QuerySelector("input[name=ConcernType][checked]"));
    }

    [Fact]
    public async Task Without_a_concern_the_form_comes_back_with_the_field_named()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        await browser.OpenAsync("/ik-maak-me-zorgen");
        var (response, page) = await browser.SubmitAsync("form button.utrecht-button--primary-action");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#concern-error"));
        Assert.Null(page.QuerySelector("#answer-heading"));
    }

    [Fact]
    public async Task The_form_asks_nothing_about_the_young_person()
    {
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("teacher.amberveen");
        var page = await browser.OpenAsync("/ik-maak-me-zorgen");
        var names = page.QuerySelectorAll("main form [name]").Select(e => e.GetAttribute("name")).ToHashSet();
        Assert.Subset(
            new HashSet<string?> { "Words", "ConcernType", "Step", "Domain", "Municipality", "__antiforgery" },
            names
        );
        Assert.Contains("Vul hier niets in over de jongere", page.QuerySelector("main")!.TextContent);
    }
}
