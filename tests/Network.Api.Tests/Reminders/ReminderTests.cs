using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Mail;
using Network.Api.Tests.Web;
using Network.Application.Accounts;
using Network.Application.Persistence.Seeding;
using Network.Domain.Accounts;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Reminders;

/// <summary>
/// Issue 13 item 4: reminders queued by a pass over the directory arrive over real SMTP once per occasion, however
/// often (and however concurrently) the pass runs; the optional ones can be turned off; periods are per municipality.
/// </summary>
public sealed class ReminderTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    private readonly TestWorld _world = new(factory);

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    [Fact]
    public async Task Expiring_trust_reminds_both_people_once_and_its_link_reconfirms_only_for_them()
    {
        var colleague = await PersonAsync(TestWorld.A);
        var trust = await _world.TrustAsync(
            DemoNetwork.Ids.TeacherAmberveen,
            colleague.Id,
            at: Now.AddMonths(-24).AddDays(10)
        );

        var first = await factory.RunAsync();
        var again = await factory.RunAsync();
        await factory.SendDueAsync();

        Assert.True(first.Ran && first.TrustExpiry >= 2);
        Assert.Equal(0, again.TrustExpiry);
        var link = $"/vertrouwen/opnieuw/{trust}";
        var toColleague = Assert.Single(MailsTo(colleague.Email), m => m.TextBody!.Contains(link));
        Assert.StartsWith("Je vertrouwen met Anouk", toColleague.Subject);
        Assert.Single(factory.Smtp.Received, m => m.To.ToString() != colleague.Email && m.TextBody!.Contains(link));

        var teacher = new WebBrowser(factory);
        await teacher.SignInAsync("teacher.amberveen");
        var before = await ExpiryAsync(trust);
        var page = await teacher.OpenAsync(link);
        Assert.Contains("Opnieuw bevestigen", page.Body!.TextContent);
        Assert.Equal(before, await ExpiryAsync(trust)); // opening the link changes nothing
        var stranger = new WebBrowser(factory);
        await stranger.SignInAsync("youth-doctor.amberveen");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).Response.StatusCode);
        Assert.Equal(before, await ExpiryAsync(trust));

        var (posted, _) = await teacher.SubmitAsync("main form[method=post] button");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True(await ExpiryAsync(trust) > before.AddMonths(23));
        // Reconfirmed, it is a new occasion only once it nears its new expiry: nothing more now.
        Assert.Equal(0, (await factory.RunAsync()).TrustExpiry);
    }

    [Fact]
    public async Task Two_passes_at_once_queue_each_reminder_once()
    {
        var a = await PersonAsync(TestWorld.A);
        var b = await PersonAsync(TestWorld.A);
        var trust = await _world.TrustAsync(a.Id, b.Id, at: Now.AddMonths(-24).AddDays(5));

        var passes = await Task.WhenAll(factory.RunAsync(), factory.RunAsync(), factory.RunAsync());

        Assert.Contains(passes, p => p.Ran);
        foreach (var person in new[] { a, b })
            Assert.Equal(
                1,
                await factory.OutboxCountAsync($"trust-expiry:{trust}:{Day(await ExpiryAsync(trust))}:{person.Id}")
            );
    }

    [Fact]
    public async Task The_entry_reminder_is_optional_and_the_period_is_the_municipalitys()
    {
        var stale = await PersonAsync(TestWorld.A, verifiedMonthsAgo: 12);
        var optedOut = await PersonAsync(TestWorld.A, verifiedMonthsAgo: 12);
        var recent = await PersonAsync(TestWorld.A, verifiedMonthsAgo: 10);
        await factory.WithDbAsync(db =>
            db.Professionals.Where(p => p.Id == optedOut.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.OptionalReminders, false))
        );
        // Lindewaard warns 60 days ahead, Amberveen 30: trust expiring in 45 days is reminded in Lindewaard only.
        var (l1, l2, a1, a2) = (
            await PersonAsync(TestWorld.B),
            await PersonAsync(TestWorld.B),
            await PersonAsync(TestWorld.A),
            await PersonAsync(TestWorld.A)
        );
        var inLindewaard = await _world.TrustAsync(
            l1.Id,
            l2.Id,
            TestWorld.B,
            at: Now.AddMonths(-18).AddDays(45),
            validityMonths: 18
        );
        var inAmberveen = await _world.TrustAsync(a1.Id, a2.Id, at: Now.AddMonths(-24).AddDays(45));

        await factory.RunAsync();
        await factory.SendDueAsync();

        Assert.Single(MailsTo(stale.Email), m => m.Subject == "Kloppen je gegevens nog?");
        Assert.Empty(MailsTo(optedOut.Email));
        Assert.Empty(MailsTo(recent.Email));
        Assert.Single(MailsTo(l1.Email), m => m.TextBody!.Contains($"/vertrouwen/opnieuw/{inLindewaard}"));
        Assert.DoesNotContain(MailsTo(a1.Email), m => m.TextBody!.Contains($"/vertrouwen/opnieuw/{inAmberveen}"));
    }

    [Fact]
    public async Task An_unanswered_proposal_reminds_the_one_who_must_answer_once()
    {
        var proposer = await PersonAsync(TestWorld.A);
        var recipient = await PersonAsync(TestWorld.A);
        await _world.TrustAsync(proposer.Id, recipient.Id, status: TrustStatus.Proposed, at: Now.AddDays(-8));

        await factory.RunAsync();
        await factory.RunAsync();
        await factory.SendDueAsync();

        Assert.Single(MailsTo(recipient.Email));
        Assert.Empty(MailsTo(proposer.Email));
    }

    [Fact]
    public async Task An_invitation_not_accepted_is_sent_once_more_with_a_new_link_that_replaces_the_old()
    {
        var person = await PersonAsync(TestWorld.A, ListingStatus.Pending);
        var (oldToken, invitation) = ("old-link-token-for-this-test", Guid.CreateVersion7());
        await factory.WithDbAsync(async db =>
        {
            db.Invitations.Add(
                new Invitation
                {
                    Id = invitation,
                    ProfessionalId = person.Id,
                    TokenHash = InvitationHash(oldToken),
                    CreatedAt = Now.AddDays(-4),
                    CreatedBy = "test",
                    ExpiresAt = Now.AddDays(10),
                }
            );
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, (await factory.RunAsync()).Invitations);
        Assert.Equal(0, (await factory.RunAsync()).Invitations);
        await factory.SendDueAsync();

        var mail = Assert.Single(MailsTo(person.Email));
        var newToken = System
            .Text.RegularExpressions.Regex.Match(mail.TextBody!, "/uitnodiging/([A-Za-z0-9_-]+)")
            .Groups[1]
            .Value;
        Assert.NotEmpty(newToken);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await factory.CreateClient().GetAsync($"/uitnodiging/{oldToken}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await new WebBrowser(factory).GetAsync($"/uitnodiging/{newToken}")).Response.StatusCode
        );
    }

    [Fact]
    public async Task Coordinators_get_the_weekly_digest_of_their_municipality_once()
    {
        var email = MailArrange.NewAddress("coordinator");
        await factory.WithDbAsync(async db =>
        {
            var account = new Account
            {
                Issuer = "https://idp.test",
                Subject = $"digest-{Guid.NewGuid():N}",
                VerifiedEmail = email,
                CreatedAt = Now,
                LastSignInAt = Now,
            };
            account.Roles.Add(
                new RoleGrant
                {
                    AccountId = account.Id,
                    Role = GrantedRole.Coordinator,
                    MunicipalityCode = TestWorld.A,
                    GrantedAt = Now,
                    GrantedBy = "test",
                }
            );
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        });
        var pending = await PersonAsync(TestWorld.A, ListingStatus.Pending);

        await factory.RunAsync();
        await factory.RunAsync();
        await factory.SendDueAsync();

        var digest = Assert.Single(factory.Smtp.Received, m => m.To.ToString() == email);
        Assert.Contains("Amberveen", digest.Subject);
        Assert.Contains($"Test {pending.Family}", digest.TextBody);
    }

    private sealed record Person(Guid Id, string Family, string Email);

    private async Task<Person> PersonAsync(
        string municipality,
        ListingStatus status = ListingStatus.Listed,
        int verifiedMonthsAgo = 0
    )
    {
        var family = $"Rem{Guid.NewGuid():N}"[..13];
        var id = await _world.ProfessionalAsync(municipality, family, status);
        var verified = DateOnly.FromDateTime(Now.UtcDateTime).AddMonths(-verifiedMonthsAgo);
        await factory.WithDbAsync(db =>
            db.Professionals.Where(p => p.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastVerifiedOn, verified))
        );
        return new Person(id, family, $"{family.ToLowerInvariant()}@school.example");
    }

    private List<MimeMessage> MailsTo(string address) =>
        [.. factory.Smtp.Received.Where(m => m.To.ToString() == address)];

    private Task<DateTimeOffset> ExpiryAsync(Guid trust) =>
        factory.WithDbAsync(async db => (await db.TrustRelationships.SingleAsync(t => t.Id == trust)).ExpiresAt!.Value);

    private static string Day(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    private static string InvitationHash(string token) =>
        Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))
        );
}
