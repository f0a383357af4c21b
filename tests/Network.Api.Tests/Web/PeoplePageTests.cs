using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Web;

/// <summary>The coordinator's view of the people in the network: newcomers, the deactivated, and both actions.</summary>
public sealed class PeoplePageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<List<System.Text.Json.Nodes.JsonNode>> ApiPeopleAsync()
    {
        var body = await (
            await _factory
                .ClientFor("coordinator.amberveen")
                .GetAsync("/api/v1/professionals?pageSize=100&includeInactive=true")
        ).ExpectAsync(HttpStatusCode.OK);
        return [.. body!["items"]!.AsArray().Select(p => p!)];
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).Order()];

    [Fact]
    public async Task Newcomers_are_the_people_not_listed_yet_as_the_api_says()
    {
        // Entered by a coordinator: pending until Mila agrees to be listed.
        await (
            await _factory
                .ClientFor("coordinator.amberveen")
                .PostJsonAsync(
                    "/api/v1/professionals",
                    new
                    {
                        givenName = "Mila",
                        familyName = "Vos",
                        professionId = "teacher",
                        municipalities = new[] { "GM9901" },
                        domains = new[] { "education" },
                        expertiseTags = Array.Empty<string>(),
                        offersAnonymousConsultation = false,
                        memberships = Array.Empty<object>(),
                        contactPoints = Array.Empty<object>(),
                    }
                )
        ).ExpectAsync(HttpStatusCode.Created);
        var expected = (await ApiPeopleAsync())
            .Where(p => p["listingStatus"]!.GetValue<string>() == "pending" && p["isActive"]!.GetValue<bool>())
            .Select(p => p["displayName"]!.GetValue<string>())
            .Order()
            .ToList();
        var browser = new WebBrowser(_factory);
        await browser.SignInAsync("coordinator.amberveen");
        var page = await browser.OpenAsync("/netwerk/mensen?weergave=nieuwkomers");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names(page));
    }

    [Fact]
    public async Task A_coordinator_deactivates_someone_and_finds_them_among_the_deactivated()
    {
        var browser = new WebBrowser(_factory);
        await browser.SignInAsync("coordinator.amberveen");
        var page = await browser.OpenAsync("/netwerk/mensen");
        var row = page.QuerySelectorAll("tbody tr")[0];
        var name = row.QuerySelector("td a")!.TextContent;
        var id = row.QuerySelector("input[name=id]")!.GetAttribute("value")!;

        var (response, _) = await browser.SubmitAsync($"form:has(input[name=id][value='{id}'])");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.DoesNotContain(name, Names(await browser.OpenAsync("/netwerk/mensen")));
        Assert.Contains(name, Names(await browser.OpenAsync("/netwerk/mensen?weergave=gedeactiveerd")));
        var person = (await ApiPeopleAsync()).Single(p => p["id"]!.GetValue<string>() == id);
        Assert.False(person["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_professional_cannot_deactivate_anyone()
    {
        var browser = new WebBrowser(_factory);
        await browser.SignInAsync("coordinator.amberveen");
        var page = await browser.OpenAsync("/netwerk/mensen");
        var id = page.QuerySelector("tbody tr input[name=id]")!.GetAttribute("value")!;

        var teacher = new WebBrowser(_factory);
        await teacher.SignInAsync("teacher.amberveen");
        await teacher.OpenAsync("/netwerk/mensen");
        var token = teacher.Page!.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await teacher.Http.PostAsync(
            "/netwerk/mensen?handler=Active",
            new FormUrlEncodedContent([
                new("id", id),
                new("active", "false"),
                new("version", "1"),
                new("__antiforgery", token),
            ])
        );
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{refused.StatusCode}");
        var person = (await ApiPeopleAsync()).Single(p => p["id"]!.GetValue<string>() == id);
        Assert.True(person["isActive"]!.GetValue<bool>());
    }
}
