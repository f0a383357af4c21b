using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Web;

/// <summary>
/// A coordinator adds a person by hand (a newcomer, not listed) and keeps a person's entry, each checked against the
/// API afterwards; bad input changes nothing; another municipality's person is not there.
/// </summary>
public sealed class PersonPageTests : IDisposable
{
    private readonly NetworkApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> ApiPersonAsync(Guid id) =>
        (
            await (
                await _factory.ClientFor("coordinator.amberveen").GetAsync($"/api/v1/professionals/{id}")
            ).ExpectAsync(HttpStatusCode.OK)
        )!;

    private async Task<int> ApiCountAsync() =>
        (
            await (
                await _factory
                    .ClientFor("coordinator.amberveen")
                    .GetAsync("/api/v1/professionals?pageSize=1&includeInactive=true")
            ).ExpectAsync(HttpStatusCode.OK)
        )!["totalCount"]!.GetValue<int>();

    private static void Tick(IHtmlDocument page, string id, bool on = true) =>
        ((IHtmlInputElement)page.GetElementById(id)!).IsChecked = on;

    [Fact]
    public async Task A_coordinator_adds_a_person_by_hand_who_stays_a_newcomer_until_they_agree()
    {
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        var people = await browser.OpenAsync("/netwerk/mensen");
        Assert.NotNull(people.QuerySelector("a[href='/netwerk/mensen/nieuw']"));
        var form = await browser.OpenAsync("/netwerk/mensen/nieuw");
        Tick(form, "domain-education");

        var (created, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.GivenName"] = "Mila",
                ["Form.FamilyName"] = "Vos",
                ["Form.ProfessionId"] = "teacher",
                ["Form.Expertise"] = "radicalisering, huiselijk geweld",
                ["Form.Memberships[0].OrganisationId"] = DemoNetwork.Ids.AmberlyceumOrg.ToString(),
                ["Form.Memberships[0].RoleTitle"] = "Docent geschiedenis",
                ["Form.Memberships[0].StartDate"] = "2025-08-01",
                ["Form.ContactPoints[0].Channel"] = "Email",
                ["Form.ContactPoints[0].Value"] = "m.vos@amberlyceum.example",
                ["Form.ContactPoints[0].Visibility"] = "Network",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var p = await ApiPersonAsync(id);
        Assert.Equal("Mila Vos", p["displayName"]!.GetValue<string>());
        Assert.Equal("pending", p["listingStatus"]!.GetValue<string>());
        Assert.Equal(
            ["domestic-violence", "radicalisation"],
            p["expertiseTags"]!.AsArray().Select(t => t!.GetValue<string>()).Order()
        );
        Assert.Equal("Docent geschiedenis", p["memberships"]![0]!["roleTitle"]!.GetValue<string>());
        Assert.Equal("m.vos@amberlyceum.example", p["contactPoints"]![0]!["value"]!.GetValue<string>());
        var newcomers = await browser.OpenAsync("/netwerk/mensen?weergave=nieuwkomers");
        Assert.Contains(newcomers.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Mila Vos"));
        // Colleagues do not find her yet.
        var teacher = _factory.ClientFor("teacher.amberveen");
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/v1/professionals/{id}")).StatusCode);
        var page = await browser.OpenAsync($"/netwerk/mensen/{id}");
        Assert.Equal(
            ["huiselijk geweld", "radicalisering"],
            page.GetElementById("expertise")!.GetAttribute("value")!.Split(", ").Order()
        );
    }

    [Fact]
    public async Task Bad_input_is_refused_in_dutch_next_to_each_field_and_nobody_is_added()
    {
        var before = await ApiCountAsync();
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync("/netwerk/mensen/nieuw");

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.GivenName"] = "Mila",
                ["Form.FamilyName"] = "",
                ["Form.Memberships[0].OrganisationId"] = DemoNetwork.Ids.AmberlyceumOrg.ToString(),
                ["Form.Memberships[0].RoleTitle"] = "Docent",
                ["Form.Memberships[0].StartDate"] = "2025-08-01",
                ["Form.Memberships[0].EndDate"] = "2024-01-01",
                ["Form.ContactPoints[0].Channel"] = "Mobile",
                ["Form.ContactPoints[0].Value"] = "111222333",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vul dit in.", page.GetElementById("familyName-error")!.TextContent);
        Assert.Equal("Vul dit in.", page.GetElementById("professionId-error")!.TextContent);
        Assert.Equal("Mag niet vóór de begindatum liggen.", page.GetElementById("m-0-end-error")!.TextContent);
        Assert.Contains("burgerservicenummer", page.GetElementById("cp-0-error")!.TextContent);
        Assert.Equal("Mila", page.GetElementById("givenName")!.GetAttribute("value"));
        Assert.DoesNotMatch("[a-z]+ (is|must) ", page.QuerySelector("main")!.TextContent);
        Assert.Equal(before, await ApiCountAsync());
    }

    [Fact]
    public async Task A_coordinator_edits_a_person_and_keeps_their_contact_points_and_own_fields()
    {
        var id = DemoNetwork.Ids.YouthWorkerAmberveen;
        var before = await ApiPersonAsync(id);
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync($"/netwerk/mensen/{id}");

        var (saved, _) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string>
            {
                ["Form.FamilyName"] = "Peters-Smit",
                ["Form.ContactPoints[0].Visibility"] = "Coordinators",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await ApiPersonAsync(id);
        Assert.Equal("Peters-Smit", after["familyName"]!.GetValue<string>());
        var first = before["contactPoints"]![0]!;
        var same = after["contactPoints"]!
            .AsArray()
            .Single(c => c!["id"]!.GetValue<Guid>() == first["id"]!.GetValue<Guid>())!;
        Assert.Equal("coordinators", same["visibility"]!.GetValue<string>());
        Assert.Equal(before["contactPoints"]!.AsArray().Count, after["contactPoints"]!.AsArray().Count);
        Assert.Equal(before["memberships"]!.AsArray().Count, after["memberships"]!.AsArray().Count);
        Assert.Equal(before["expertiseTags"]!.ToJsonString(), after["expertiseTags"]!.ToJsonString());
        Assert.Equal(before["listingStatus"]!.ToJsonString(), after["listingStatus"]!.ToJsonString());
    }

    [Fact]
    public async Task A_change_made_elsewhere_meanwhile_is_reported_not_overwritten()
    {
        var id = DemoNetwork.Ids.YouthWorkerAmberveen;
        var browser = await WebBrowser.SignedInAsync(_factory, "coordinator.amberveen");
        await browser.OpenAsync($"/netwerk/mensen/{id}");
        var api = _factory.ClientFor("coordinator.amberveen");
        var read = await api.GetAsync($"/api/v1/professionals/{id}");
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/professionals/{id}")
        {
            Content = new StringContent(
                "{\"familyName\": \"Elders\"}",
                System.Text.Encoding.UTF8,
                "application/merge-patch+json"
            ),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        await (await api.SendAsync(patch)).ExpectAsync(HttpStatusCode.OK);

        var (response, page) = await browser.SubmitAsync(
            "main form",
            new Dictionary<string, string> { ["Form.FamilyName"] = "Browser" }
        );
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Elders", page.GetElementById("familyName")!.GetAttribute("value"));
        Assert.Equal("Elders", (await ApiPersonAsync(id))["familyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_coordinator_of_the_other_municipality_gets_404_for_this_ones_person()
    {
        var id = DemoNetwork.Ids.TeacherAmberveen;
        var other = await WebBrowser.SignedInAsync(_factory, "coordinator.lindewaard");
        var (response, page) = await other.GetAsync($"/netwerk/mensen/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", page.QuerySelector("h1")!.TextContent);

        await other.OpenAsync("/netwerk/mensen/nieuw");
        var token = other.Page!.QuerySelector("input[name=__antiforgery]")!.GetAttribute("value")!;
        var refused = await other.Http.PostAsync(
            $"/netwerk/mensen/{id}",
            new FormUrlEncodedContent([
                new("Form.Version", "1"),
                new("Form.GivenName", "X"),
                new("Form.FamilyName", "Y"),
                new("__antiforgery", token),
            ])
        );
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Anouk", (await ApiPersonAsync(id))["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_professional_cannot_open_a_persons_coordinator_form()
    {
        var teacher = await WebBrowser.SignedInAsync(_factory, "teacher.amberveen");
        var (response, _) = await teacher.GetAsync($"/netwerk/mensen/{DemoNetwork.Ids.YouthWorkerAmberveen}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
