using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;
using Network.Domain.Privacy;
using Network.Domain.Trust;

namespace Network.Api.Tests.Demo;

/// <summary>The promises the README and issue make about the demo network, checked in the store and over HTTP.</summary>
public sealed partial class DemoNetworkTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_fictional_municipalities_with_their_own_trust_validity()
    {
        var municipalities = await factory.WithDbAsync(db => db.Municipalities.OrderBy(m => m.Code).ToListAsync());
        Assert.Equal([DemoNetwork.Amberveen, DemoNetwork.Lindewaard], municipalities.Select(m => m.Code));
        Assert.Equal([24, 18], municipalities.Select(m => m.TrustValidityMonths));

        var page = await (await factory.ClientFor("admin").GetAsync("/api/v1/municipalities")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(
            ["Amberveen", "Lindewaard"],
            page!["items"]!.AsArray().Select(m => m!["name"]!.GetValue<string>())
        );
    }

    [Fact]
    public async Task Organisations_cover_the_four_domains_and_the_veiligheidshuis_serves_both()
    {
        var orgs = await factory.WithDbAsync(db =>
            db.Organisations.Include(o => o.Domains).Include(o => o.Municipalities).ToListAsync()
        );
        Assert.True(orgs.Count >= 12, $"only {orgs.Count} organisations");
        var domains = orgs.SelectMany(o => o.Domains.Select(d => d.DomainId)).ToHashSet();
        Assert.Superset(new HashSet<string> { "youth", "safety", "education", "care" }, domains);
        foreach (
            var kind in new[]
            {
                "veiligheidshuis",
                "school",
                "ggd",
                "youth-care",
                "police",
                "veilig-thuis",
                "social-team",
            }
        )
            Assert.Contains(orgs, o => o.Kind == kind);
        Assert.True(orgs.Count(o => o.Kind == "school") >= 2);
        Assert.All(orgs, o => Assert.NotEmpty(o.Municipalities));

        // Over HTTP: both coordinators see the shared Veiligheidshuis, each sees only their own municipality's school.
        var url = $"/api/v1/organisations/{DemoNetwork.Ids.VeiligheidshuisOrg}";
        foreach (var login in new[] { "coordinator.amberveen", "coordinator.lindewaard" })
        {
            var body = await (await factory.ClientFor(login).GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(
                [DemoNetwork.Amberveen, DemoNetwork.Lindewaard],
                body!["municipalities"]!.AsArray().Select(m => m!.GetValue<string>())
            );
        }
        await (
            await factory
                .ClientFor("coordinator.lindewaard")
                .GetAsync($"/api/v1/organisations/{DemoNetwork.Ids.AmberlyceumOrg}")
        ).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task At_least_forty_professionals_cover_every_profession_in_the_catalogue()
    {
        var (professions, people) = await factory.WithDbAsync(async db =>
            (
                await db.Professions.Select(p => p.Id).ToListAsync(),
                await db.Professionals.Include(p => p.Memberships).Include(p => p.Municipalities).ToListAsync()
            )
        );
        Assert.True(people.Count >= 40, $"only {people.Count} professionals");
        Assert.Empty(professions.Except(people.Select(p => p.ProfessionId)));
        var catalogue = await (
            await factory.ClientFor("teacher.amberveen").GetAsync("/api/v1/professions?pageSize=100")
        ).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            professions.Order(),
            catalogue!["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order()
        );
        Assert.All(people, p => Assert.NotEmpty(p.Memberships));
        Assert.Contains(people, p =>
            p.Memberships.Select(m => m.OrganisationId).Distinct().Count() >= 2 && p.Municipalities.Count == 2
        );
        foreach (
            var org in new[]
            {
                DemoNetwork.Ids.AmberlyceumOrg,
                DemoNetwork.Ids.VeenpoortOrg,
                DemoNetwork.Ids.LindecollegeOrg,
                DemoNetwork.Ids.GgdOrg,
                DemoNetwork.Ids.YouthCareOrg,
            }
        )
            Assert.Contains(people, p => p.Memberships.Any(m => m.OrganisationId == org && m.IsDesignatedOfficer));

        // Mostly verified within the year, a few stale; most but not all consented to optional fields.
        var staleBefore = DateOnly.FromDateTime(Today.AddYears(-1).UtcDateTime);
        var stale = people.Count(p => p.LastVerifiedOn < staleBefore);
        Assert.InRange(stale, 3, people.Count / 4);
        Assert.InRange(people.Count(p => !p.OptionalFieldsConsent), 1, people.Count / 4);
        Assert.Contains(people, p => p.OffersAnonymousConsultation && p.ProfessionId == "municipal-contact");
    }

    [Fact]
    public async Task Every_visibility_level_occurs_and_contact_details_are_obviously_fake()
    {
        var (people, orgPoints) = await factory.WithDbAsync(async db =>
            (
                await db.Professionals.Include(p => p.ContactPoints).ToListAsync(),
                await db.Organisations.SelectMany(o => o.ContactPoints).ToListAsync()
            )
        );
        var points = people.SelectMany(p => p.ContactPoints).ToList();
        Assert.Equal(Enum.GetValues<VisibilityLevel>().Order(), points.Select(c => c.Visibility).Distinct().Order());

        foreach (var value in points.Select(c => c.Value).Concat(orgPoints.Select(c => c.Value)))
            Assert.Matches(FakeContact(), value);
        foreach (var text in people.Select(p => p.About))
            Assert.Null(CaseDataGuard.Problem(text));
    }

    [Fact]
    public async Task Each_workshop_left_confirmed_trust_among_its_participants()
    {
        var (workshops, trust) = await factory.WithDbAsync(async db =>
            (await db.Workshops.Include(w => w.Participants).ToListAsync(), await db.TrustRelationships.ToListAsync())
        );
        Assert.Equal(
            [DemoNetwork.Amberveen, DemoNetwork.Lindewaard],
            workshops.Select(w => w.MunicipalityCode).Order()
        );
        foreach (var w in workshops)
        {
            Assert.True(w.Date < DateOnly.FromDateTime(Today.UtcDateTime), "the workshop lies in the past");
            Assert.InRange(w.Participants.Count, 12, w.Seats);
            var attended = w.Participants.Where(p => p.Attended).Select(p => p.ProfessionalId).ToHashSet();
            var confirmed = trust.Where(t => t.WorkshopId == w.Id && t.Status == TrustStatus.Confirmed).ToList();
            Assert.True(confirmed.Count >= 10, $"{w.Title}: only {confirmed.Count} confirmed");
            Assert.All(confirmed, t =>
            {
                Assert.Contains(t.ProposerId, attended);
                Assert.Contains(t.RecipientId, attended);
                Assert.Equal(w.Date, DateOnly.FromDateTime(t.LastConfirmedAt!.Value.UtcDateTime));
            });
        }
    }

    [Fact]
    public async Task Trust_shows_every_state_and_some_people_have_none()
    {
        var (trust, people) = await factory.WithDbAsync(async db =>
            (await db.TrustRelationships.ToListAsync(), await db.Professionals.Select(p => p.Id).ToListAsync())
        );
        var effective = trust.ToLookup(t => t.EffectiveStatus(Today));
        Assert.True(effective[TrustStatus.Proposed].Count() >= 2);
        Assert.Single(effective[TrustStatus.Revoked]);
        var expired = Assert.Single(effective[TrustStatus.Expired]);
        Assert.Equal(DemoNetwork.Ids.TrustExpired, expired.Id);
        Assert.Equal(DemoNetwork.Lindewaard, expired.MunicipalityCode);
        Assert.True(
            expired.LastConfirmedAt!.Value.AddMonths(DemoNetwork.AmberveenTrustValidityMonths) > Today,
            "expiry comes from Lindewaard's shorter validity"
        );
        Assert.All(trust.Where(t => t.ConfirmedAt is not null), t =>
            Assert.Equal(
                t.LastConfirmedAt!.Value.AddMonths(t.MunicipalityCode == DemoNetwork.Amberveen ? 24 : 18),
                t.ExpiresAt
            )
        );

        var involved = trust.SelectMany(t => new[] { t.ProposerId, t.RecipientId }).ToHashSet();
        Assert.DoesNotContain(DemoNetwork.Ids.NewcomerAmberveen, involved);
        Assert.True(people.Count(p => !involved.Contains(p)) >= 5);
        Assert.Equal(5, effective[TrustStatus.Confirmed].Count(t => t.Involves(DemoNetwork.Ids.TeacherAmberveen)));
    }

    [Fact]
    public async Task Radicalisation_is_routed_in_both_municipalities_and_polarisation_has_a_gap()
    {
        var routes = await factory.WithDbAsync(db => db.Routes.Include(r => r.Steps).ToListAsync());
        foreach (var municipality in new[] { DemoNetwork.Amberveen, DemoNetwork.Lindewaard })
        {
            var route = Assert.Single(routes, r =>
                r.MunicipalityCode == municipality && r.ConcernTypeId == "radicalisation"
            );
            Assert.Equal(
                [
                    RouteStepKind.OwnDesignatedOfficer,
                    RouteStepKind.Professional,
                    RouteStepKind.Organisation,
                    RouteStepKind.NationalLine,
                    RouteStepKind.NationalLine,
                    RouteStepKind.Emergency,
                ],
                route.Steps.OrderBy(s => s.Order).Select(s => s.Kind)
            );
            Assert.Equal(
                DemoNetwork.Ids.VeiligheidshuisOrg,
                route.Steps.Single(s => s.Kind == RouteStepKind.Organisation).OrganisationId
            );
        }
        foreach (
            var (login, municipality) in new[]
            {
                ("teacher.amberveen", DemoNetwork.Amberveen),
                ("police.lindewaard", DemoNetwork.Lindewaard),
            }
        )
        {
            var page = await (
                await factory.ClientFor(login).GetAsync("/api/v1/routes?concernType=radicalisation")
            ).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(municipality, Assert.Single(page!["items"]!.AsArray())!["municipality"]!.GetValue<string>());
        }
        Assert.Contains(routes, r => r.MunicipalityCode == DemoNetwork.Amberveen && r.ConcernTypeId == "polarisation");
        Assert.DoesNotContain(routes, r =>
            r.MunicipalityCode == DemoNetwork.Lindewaard && r.ConcernTypeId == "polarisation"
        );
    }

    [Fact]
    public async Task One_covenant_signed_by_the_case_meeting_partners_valid_today()
    {
        var covenant = Assert.Single(
            await factory.WithDbAsync(db =>
                db.Covenants.Include(c => c.Signatories).Include(c => c.Municipalities).ToListAsync()
            )
        );
        Assert.True(covenant.IsValidOn(DateOnly.FromDateTime(Today.UtcDateTime)));
        Assert.Equal(2, covenant.Municipalities.Count);
        Assert.Contains(covenant.Signatories, s => s.OrganisationId == DemoNetwork.Ids.VeiligheidshuisOrg);
        Assert.Contains(covenant.Signatories, s => s.OrganisationId == DemoNetwork.Ids.PoliceOrg);
        Assert.True(covenant.Signatories.Count >= 5);

        var page = await (await factory.ClientFor("admin").GetAsync("/api/v1/covenants")).ExpectAsync(
            HttpStatusCode.OK
        );
        Assert.Equal(
            DemoNetwork.SafetyHouseCovenantTitle,
            Assert.Single(page!["items"]!.AsArray())!["title"]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task Every_professional_demo_login_is_a_person_of_its_municipalities()
    {
        var logins = DemoNetwork.Users.Where(u => u.Role == ViewerRole.Professional).ToList();
        Assert.True(logins.Count >= 5);
        foreach (var login in logins)
        {
            var municipalities = await factory.WithDbAsync(db =>
                db.Professionals.Where(p => p.Id == login.ProfessionalId)
                    .SelectMany(p => p.Municipalities.Select(m => m.MunicipalityCode))
                    .OrderBy(c => c)
                    .ToListAsync()
            );
            Assert.Equal(login.Municipalities.Order(), municipalities);

            var self = await (
                await factory.ClientFor(login.Login).GetAsync($"/api/v1/organisations?pageSize=100")
            ).ExpectAsync(HttpStatusCode.OK);
            Assert.True(self!["totalCount"]!.GetValue<int>() > 0, $"{login.Login} sees no organisations");
        }
        Assert.Contains(DemoNetwork.Users, u => u.Role == ViewerRole.System && u.Scopes.Count == 0);
        Assert.Equal(DemoNetwork.Users.Count, DemoNetwork.Users.Select(u => u.Login).Distinct().Count());
    }

    /// <summary>.example / example.org mail, +31 6 0000 0xxx mobiles, +31 20 000 xxxx and +31 70 000 xxxx lines, 112.</summary>
    [GeneratedRegex(
        @"^([a-z.]+@([a-z.-]+\.example|example\.org)|https://www\.[a-z.-]+\.example|\+31 6 0000 0\d{3}|\+31 (20|70) 000 \d{4}|112)$"
    )]
    private static partial Regex FakeContact();
}
