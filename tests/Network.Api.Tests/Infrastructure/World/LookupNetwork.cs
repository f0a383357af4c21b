using Network.Application.Access;
using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.Covenants;
using Network.Domain.EscalationRoutes;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Api.Tests.Infrastructure.World;

/// <summary>
/// A small network with known lookup answers, in a municipality and concern type of its own so tests do not see
/// each other's (or the demo's) people: asker — t1 (workshop 12 March 2026) — t2 — t3; u has the expertise but no
/// trust path; stale was last verified two years ago; officer is the designated officer of the asker's school; t1
/// works at the youth care provider that signed a covenant with the school. Made by <see cref="TestWorld.LookupNetworkAsync"/>.
/// </summary>
public sealed class LookupNetwork
{
    private static int _next;
    private readonly TestWorld _world;

    internal LookupNetwork(TestWorld world) => _world = world;

    public string Municipality { get; } = $"GM7{Interlocked.Increment(ref _next) % 1000:000}";
    public string Concern { get; } = $"concern-{Guid.NewGuid():N}"[..20];
    public string Tag => Concern + "-tag";
    public static readonly DateOnly WorkshopDate = new(2026, 3, 12);

    public Professional Asker { get; internal set; } = null!;
    public Professional T1 { get; internal set; } = null!;
    public Professional T2 { get; internal set; } = null!;
    public Professional T3 { get; internal set; } = null!;
    public Professional U { get; internal set; } = null!;
    public Professional Stale { get; internal set; } = null!;
    public Professional Officer { get; internal set; } = null!;
    public Organisation School { get; internal set; } = null!;
    public Organisation YouthCare { get; internal set; } = null!;
    public Covenant SharedCovenant { get; internal set; } = null!;
    public TrustRelationship AskerT1 { get; internal set; } = null!;

    /// <summary>A client signed in as <paramref name="p"/>, working in this network's municipality and any extra ones.</summary>
    public HttpClient As(Professional p, params string[] extraMunicipalities) =>
        _world.AsProfessional(p.Id, [Municipality, .. extraMunicipalities]);

    public HttpClient AsSystem(params string[] scopes) => _world.AsSystem(Municipality, scopes);

    public HttpClient AsCoordinator() => _world.AsCoordinator(Municipality);
}

public sealed partial class TestWorld
{
    public async Task<LookupNetwork> LookupNetworkAsync()
    {
        var w = new LookupNetwork(this);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rows = new List<object>
        {
            new Municipality { Code = w.Municipality, Name = $"Testdorp {w.Municipality}" },
            new ConcernType
            {
                Id = w.Concern,
                Name = "Test concern",
                NameNl = "Testzorg",
                Description = "for tests",
                ExpertiseTags = [w.Tag],
            },
        };
        w.School = Org("De Testschool", "school", "education");
        w.YouthCare = Org("Jeugdzorg Test", "youth-care", "youth");
        var municipal = Org("Gemeente Testdorp", "municipality", "municipality");
        rows.AddRange([w.School, w.YouthCare, municipal]);

        w.Asker = Person("Ilse", "Vrager", "teacher", [], today, w.School);
        w.Officer = Person("Otto", "Functionaris", "radicalisation-officer", [], today, w.School, designated: true);
        w.T1 = Person("Anna", "Jansen", "youth-care-worker", [w.Tag], today.AddDays(-30), w.YouthCare);
        w.T2 = Person("Bram", "de Vries", "youth-worker", [w.Tag], today.AddDays(-20), w.YouthCare);
        w.T3 = Person("Cees", "Bakker", "community-police-officer", [w.Tag], today.AddDays(-10), null);
        w.U = Person("Umar", "Zonderpad", "school-social-worker", [w.Tag], today.AddDays(-5), null);
        w.Stale = Person("Sanne", "Oud", "youth-doctor", [w.Tag], today.AddDays(-800), null);
        rows.AddRange([w.Asker, w.Officer, w.T1, w.T2, w.T3, w.U, w.Stale]);

        var workshop = new Workshop
        {
            MunicipalityCode = w.Municipality,
            Title = "Werkatelier Testdorp",
            Date = LookupNetwork.WorkshopDate,
            Place = "Stadhuis",
        };
        rows.Add(workshop);
        w.AskerT1 = Trust(w.Asker, w.T1, workshop.Id);
        rows.AddRange([w.AskerT1, Trust(w.T1, w.T2, null), Trust(w.T2, w.T3, null)]);

        w.SharedCovenant = new Covenant
        {
            Title = "Convenant Veiligheidshuis Testdorp",
            Purpose = "Casusoverleg radicalisering",
            ValidFrom = today.AddYears(-1),
        };
        w.SharedCovenant.Signatories.AddRange([
            new() { CovenantId = w.SharedCovenant.Id, OrganisationId = w.School.Id },
            new() { CovenantId = w.SharedCovenant.Id, OrganisationId = w.YouthCare.Id },
        ]);
        var expired = new Covenant
        {
            Title = "Verlopen convenant",
            Purpose = "oud",
            ValidFrom = today.AddYears(-5),
            ValidUntil = today.AddYears(-1),
        };
        expired.Signatories.AddRange([
            new() { CovenantId = expired.Id, OrganisationId = w.School.Id },
            new() { CovenantId = expired.Id, OrganisationId = w.YouthCare.Id },
        ]);
        foreach (var c in new[] { w.SharedCovenant, expired })
            c.Municipalities.Add(new CovenantMunicipality { CovenantId = c.Id, MunicipalityCode = w.Municipality });
        rows.AddRange([w.SharedCovenant, expired]);

        var route = new Route
        {
            MunicipalityCode = w.Municipality,
            ConcernTypeId = w.Concern,
            UpdatedAt = now,
        };
        route.Steps.AddRange([
            new()
            {
                RouteId = route.Id,
                Order = 1,
                Kind = RouteStepKind.OwnDesignatedOfficer,
                MethodStep = MethodStep.AnonymousConsultation,
                OffersAnonymousConsultation = true,
            },
            new()
            {
                RouteId = route.Id,
                Order = 2,
                Kind = RouteStepKind.Organisation,
                OrganisationId = municipal.Id,
                MethodStep = MethodStep.SharingPersonalData,
            },
            new()
            {
                RouteId = route.Id,
                Order = 3,
                Kind = RouteStepKind.NationalLine,
                LineName = "Landelijk Steunpunt Extremisme",
                LinePhone = "+31 800 0000",
                MethodStep = MethodStep.AnonymousConsultation,
                OffersAnonymousConsultation = true,
            },
            new()
            {
                RouteId = route.Id,
                Order = 4,
                Kind = RouteStepKind.Emergency,
                LineName = "Politie",
                LinePhone = "112",
                MethodStep = MethodStep.Emergency,
            },
        ]);
        rows.Add(route);
        await SaveAsync([.. rows]);
        await RefreshIndexesAsync();
        return w;

        Organisation Org(string name, string kind, string domain)
        {
            var o = new Organisation
            {
                Name = name,
                Kind = kind,
                CreatedAt = now,
                UpdatedAt = now,
            };
            o.Domains.Add(new() { OrganisationId = o.Id, DomainId = domain });
            o.Municipalities.Add(new() { OrganisationId = o.Id, MunicipalityCode = w.Municipality });
            o.ContactPoints.Add(
                new()
                {
                    OrganisationId = o.Id,
                    Channel = ContactChannel.WorkPhone,
                    Value = "+31 30 000 0000",
                    Label = "Switchboard",
                }
            );
            return o;
        }

        Professional Person(
            string given,
            string family,
            string profession,
            string[] tags,
            DateOnly verified,
            Organisation? org,
            bool designated = false
        )
        {
            var p = new Professional
            {
                GivenName = given,
                FamilyName = family,
                ProfessionId = profession,
                ExpertiseTags = [.. tags],
                LastVerifiedOn = verified,
                OffersAnonymousConsultation = given == "Anna",
                CreatedAt = now,
                UpdatedAt = now,
            };
            p.Municipalities.Add(new() { ProfessionalId = p.Id, MunicipalityCode = w.Municipality });
            p.Domains.Add(new() { ProfessionalId = p.Id, DomainId = "youth" });
            p.ContactPoints.Add(
                new()
                {
                    ProfessionalId = p.Id,
                    Channel = ContactChannel.WorkPhone,
                    Value = $"+31 20 {given}",
                    Visibility = VisibilityLevel.Network,
                }
            );
            p.ContactPoints.Add(
                new()
                {
                    ProfessionalId = p.Id,
                    Channel = ContactChannel.Mobile,
                    Value = $"+31 6 {given}",
                    Visibility = VisibilityLevel.Trusted,
                }
            );
            p.ContactPoints.Add(
                new()
                {
                    ProfessionalId = p.Id,
                    Channel = ContactChannel.Website,
                    Value = $"https://example.org/{given}",
                    Visibility = VisibilityLevel.Public,
                }
            );
            if (org is not null)
                p.Memberships.Add(
                    new()
                    {
                        ProfessionalId = p.Id,
                        OrganisationId = org.Id,
                        RoleTitle = profession,
                        StartDate = today.AddYears(-2),
                        IsDesignatedOfficer = designated,
                    }
                );
            return p;
        }

        TrustRelationship Trust(Professional a, Professional b, Guid? workshopId)
        {
            var t = new TrustRelationship
            {
                ProposerId = a.Id,
                RecipientId = b.Id,
                MunicipalityCode = w.Municipality,
                WorkshopId = workshopId,
                ProposedAt = now.AddDays(-90),
            };
            t.MarkConfirmed(now.AddDays(-80), 24);
            return t;
        }
    }
}
