using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Web;
using Network.Application.ContactLookup.Index;
using Network.Application.Persistence.Seeding;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Accounts;

/// <summary>
/// Issue 13 item 3: a coordinator invites a pending person; the e-mail's single-use link leads through sign-in at the
/// identity provider, links the account, and the person consents to being listed and confirms the proposed trust.
/// Forged, used, revoked and expired links all get the same page and change nothing.
/// </summary>
public sealed partial class InvitationTests(InvitationFactory factory) : IClassFixture<InvitationFactory>
{
    private readonly TestWorld _world = new(factory);

    [Fact]
    public async Task A_newcomer_invited_by_e_mail_signs_in_is_listed_confirms_trust_and_shows_up_in_a_lookup()
    {
        var (newcomer, family) = await NewcomerAsync();
        // On the attendance list of the Amberveen workshop, with the teacher.
        await factory.WithDbAsync(async db =>
        {
            db.Add(
                new Domain.Workshops.WorkshopParticipant
                {
                    WorkshopId = DemoNetwork.Ids.WorkshopAmberveen,
                    ProfessionalId = newcomer,
                    Attended = true,
                }
            );
            await db.SaveChangesAsync();
        });
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var invited = await (
            await coordinator.PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { })
        ).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("open", invited!["status"]!.GetValue<string>());
        Assert.DoesNotContain("token", invited.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var link = await LinkInMailAsync(family);
        var stored = await factory.WithDbAsync(db => db.Invitations.SingleAsync(i => i.ProfessionalId == newcomer));
        Assert.DoesNotContain(link.Split('/')[^1], stored.TokenHash, StringComparison.Ordinal);

        var browser = new WebBrowser(factory);
        var (opened, _) = await browser.GetAsync(link);
        // The token leaves the address bar at once.
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/uitnodiging", opened.Headers.Location!.OriginalString);
        var page = await browser.OpenAsync("/uitnodiging");
        Assert.Contains($"Test {family}", page.Body!.TextContent);

        // A browser sends the button's name and value; this one is told to.
        var (challenge, _) = await browser.SubmitAsync(
            "button[name=provider][value=test]",
            new Dictionary<string, string> { ["provider"] = "test" }
        );
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var callback = await factory.Idp.SignInAsync(challenge.Headers.Location!, $"invitee.{family}");
        var (signedIn, _) = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal("/uitnodiging", signedIn.Headers.Location!.OriginalString);
        await browser.OpenAsync("/uitnodiging");
        var (linked, _) = await browser.SubmitAsync("#accept-invitation button");
        Assert.Equal("/welkom", linked.Headers.Location!.OriginalString);

        var welcome = await browser.OpenAsync("/welkom");
        Assert.Contains("Ja, zet mij in het netwerk", welcome.Body!.TextContent);
        await browser.SubmitAsync("#listing button");
        var listed = await browser.OpenAsync("/welkom");
        Assert.NotNull(listed.QuerySelector($"#trust-{DemoNetwork.Ids.TeacherAmberveen}"));
        await browser.SubmitAsync(
            "#trust button",
            new Dictionary<string, string> { ["professionalIds"] = $"{DemoNetwork.Ids.TeacherAmberveen}" }
        );
        // The teacher confirms from her side of the workshop.
        var confirmed = await (
            await factory
                .ClientFor("teacher.amberveen")
                .PostJsonAsync(
                    $"/api/v1/workshops/{DemoNetwork.Ids.WorkshopAmberveen}/trust",
                    new { professionalIds = new[] { newcomer } }
                )
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("confirmed", confirmed!["items"]![0]!["outcome"]!.GetValue<string>());

        var (entry, relation) = await factory.WithDbAsync(async db =>
            (
                await db.Professionals.SingleAsync(p => p.Id == newcomer),
                await db.TrustRelationships.SingleAsync(t => t.ProposerId == newcomer)
            )
        );
        Assert.Equal(ListingStatus.Listed, entry.ListingStatus);
        Assert.Equal(TrustStatus.Confirmed, relation.Status);
        Assert.Equal(DemoNetwork.Ids.TeacherAmberveen, relation.RecipientId);
        // The lookup index follows the change in the background; on a loaded machine that takes a moment.
        await factory.Services.GetRequiredService<LookupDirectoryProvider>().WaitUntilCurrentAsync(default);
        var lookup = await (
            await factory
                .ClientFor("teacher.amberveen")
                .PostJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" })
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(lookup!["contacts"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == newcomer);

        // Used once: the same link now gets the page for links that do not work, and the API shows it accepted.
        var again = await new WebBrowser(factory).GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.Response.StatusCode);
        var open = await (await coordinator.GetAsync("/api/v1/invitations?status=accepted&pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Contains(open!["items"]!.AsArray(), i => i!["professionalId"]!.GetValue<Guid>() == newcomer);
    }

    [Fact]
    public async Task Welcome_offers_the_trust_of_the_workshop_the_person_attended_not_a_later_one_they_missed()
    {
        var title = await factory.WithDbAsync(async db =>
        {
            db.Add(
                new Domain.Workshops.WorkshopParticipant
                {
                    WorkshopId = DemoNetwork.Ids.WorkshopAmberveen,
                    ProfessionalId = DemoNetwork.Ids.NewcomerAmberveen,
                    Attended = true,
                }
            );
            db.Add(
                new Domain.Workshops.Workshop
                {
                    MunicipalityCode = TestWorld.A,
                    Title = "Later workshop without the newcomer",
                    Place = "Town hall",
                    Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
                }
            );
            await db.SaveChangesAsync();
            return (await db.Workshops.SingleAsync(w => w.Id == DemoNetwork.Ids.WorkshopAmberveen)).Title;
        });
        var browser = new WebBrowser(factory);
        await browser.SignInAsync("newcomer.amberveen");

        var (response, page) = await browser.GetAsync("/welkom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, page.Body!.TextContent);
        Assert.DoesNotContain("Later workshop without the newcomer", page.Body.TextContent);
    }

    [Fact]
    public async Task Forged_revoked_replaced_and_expired_links_get_the_same_page_and_change_nothing()
    {
        var (newcomer, family) = await NewcomerAsync();
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var first = await (
            await coordinator.PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { })
        ).ExpectAsync(HttpStatusCode.Created);
        var firstLink = await LinkInMailAsync(family);
        // Inviting again replaces the first link.
        var second = await (
            await coordinator.PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { language = "en" })
        ).ExpectAsync(HttpStatusCode.Created);
        var secondLink = await LinkInMailAsync(family, english: true);
        Assert.NotEqual(firstLink, secondLink);
        var statuses = await (await coordinator.GetAsync("/api/v1/invitations?pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        string StatusOf(JsonNode? id) =>
            statuses!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == id!.GetValue<Guid>())![
                "status"
            ]!.GetValue<string>();
        Assert.Equal("revoked", StatusOf(first!["id"]));
        Assert.Equal("open", StatusOf(second!["id"]));

        var forged = Regex.Replace(secondLink, "[^/]+$", "bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2Nzg5MA");
        var unusable = new List<string>();
        foreach (var url in new[] { firstLink, forged })
        {
            var (response, html) = await new WebBrowser(factory).GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            unusable.Add(html.QuerySelector("main")!.TextContent);
        }
        await factory.WithDbAsync(db =>
            db.Invitations.Where(i => i.Id == second!["id"]!.GetValue<Guid>())
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)))
        );
        var (expired, expiredPage) = await new WebBrowser(factory).GetAsync(secondLink);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        unusable.Add(expiredPage.QuerySelector("main")!.TextContent);
        Assert.Single(unusable.Distinct());
        Assert.Contains("werkt niet (meer)", unusable[0]);

        var entry = await factory.WithDbAsync(db => db.Professionals.SingleAsync(p => p.Id == newcomer));
        Assert.Equal(ListingStatus.Pending, entry.ListingStatus);
        Assert.False(await factory.WithDbAsync(db => db.Accounts.AnyAsync(a => a.ProfessionalId == newcomer)));
    }

    [Fact]
    public async Task An_invitation_is_refused_with_a_reason_and_only_the_persons_coordinators_send_one()
    {
        var (newcomer, _) = await NewcomerAsync();
        await factory.WithDbAsync(db =>
            db.Set<Domain.Professionals.ContactPoint>()
                .Where(c => c.ProfessionalId == newcomer && c.Channel == Domain.Contacts.ContactChannel.Email)
                .ExecuteDeleteAsync()
        );
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var noAddress = await (
            await coordinator.PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { })
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.NotNull(noAddress!["errors"]!["email"]);
        await (
            await factory
                .ClientFor("coordinator.lindewaard")
                .PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { })
        ).ExpectProblemAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        await (
            await coordinator.PostJsonAsync(
                $"/api/v1/professionals/{newcomer}/invitations",
                new { workshopId = DemoNetwork.Ids.WorkshopLindewaard }
            )
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        Assert.False(await factory.WithDbAsync(db => db.Invitations.AnyAsync(i => i.ProfessionalId == newcomer)));
    }

    [Fact]
    public async Task A_revoked_invitation_is_in_the_audit_trail_its_coordinator_reads()
    {
        var (newcomer, _) = await NewcomerAsync();
        var coordinator = factory.ClientFor("coordinator.amberveen");
        var invited = await (
            await coordinator.PostJsonAsync($"/api/v1/professionals/{newcomer}/invitations", new { })
        ).ExpectAsync(HttpStatusCode.Created);
        (await coordinator.DeleteAsync($"/api/v1/invitations/{invited!["id"]}")).EnsureSuccessStatusCode();

        // Filed under the person's municipality, as the invitation itself is: before, it had none, so only
        // administrators saw that a link was revoked.
        var trail = await (
            await coordinator.GetAsync($"/api/v1/audit-events?professional={newcomer}&pageSize=100")
        ).ExpectAsync(HttpStatusCode.OK);
        var actions = trail!["items"]!
            .AsArray()
            .Select(e => e!["action"]!.GetValue<string>())
            .Where(a => a.StartsWith("invitation.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["invitation.create", "invitation.revoke"], actions);
    }

    private async Task<(Guid Id, string Family)> NewcomerAsync()
    {
        var family = $"Nieuw{Guid.NewGuid():N}"[..14];
        var id = await _world.ProfessionalAsync(
            TestWorld.A,
            family,
            ListingStatus.Pending,
            expertise: "radicalisation"
        );
        return (id, family);
    }

    /// <summary>Sends what is due and returns the path of the invitation link in the newest mail to the person.</summary>
    private async Task<string> LinkInMailAsync(string family, bool english = false)
    {
        await factory.SendDueAsync();
        var to = $"{family.ToLowerInvariant()}@school.example";
        var mail = factory.Smtp.Received.Last(m => m.To.ToString() == to);
        Assert.Equal(
            english ? "Invitation to the Amberveen network" : "Uitnodiging voor het netwerk van Amberveen",
            mail.Subject
        );
        var url = LinkPattern().Match(mail.TextBody ?? "").Value;
        Assert.NotEmpty(url);
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex(@"https://network\.test\.example/uitnodiging/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}

/// <summary>Invitation links are rate-limited per address (low here, so the test reaches the limit).</summary>
public sealed class InvitationLinkLimitTests(InvitationLinkLimitTests.LowLimit factory)
    : IClassFixture<InvitationLinkLimitTests.LowLimit>
{
    public sealed class LowLimit : NetworkApiFactory
    {
        public const int Links = 5;

        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["RateLimiting:InvitationLinkLimit"] = $"{Links}" };
    }

    [Fact]
    public async Task Guessing_links_is_cut_off_by_the_rate_limit_and_the_rest_of_the_site_keeps_answering()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LowLimit.Links; i++)
            statuses.Add(
                (await factory.CreateClient().GetAsync($"/uitnodiging/guess-{i}-{Guid.NewGuid():N}")).StatusCode
            );
        Assert.Equal(
            [.. Enumerable.Repeat(HttpStatusCode.NotFound, LowLimit.Links), HttpStatusCode.TooManyRequests],
            statuses
        );
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/aanmelden")).StatusCode);
    }
}
