using System.Net.Http.Headers;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;
using Network.Domain.Catalogues;
using Network.Domain.Covenants;
using Network.Domain.EscalationRoutes;
using Network.Domain.Organisations;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// A fresh little world per matrix cell, so writes in one cell cannot change the outcome of another:
/// an organisation and a listed colleague in municipality A, a professional of A and of B, and trust
/// relationships in each state the operations need; a route and a covenant of A, a concern type
/// without a route so creating one can succeed once per world, and a past workshop of A.
/// </summary>
public sealed record MatrixWorld(Guid OrganisationA, Guid ColleagueA, Guid ProfessionalA, Guid ProfessionalB,
    Guid TrustProposedToA, Guid TrustConfirmedWithA, Guid RouteA = default, string UnroutedConcern = "", Guid CovenantA = default,
    Guid WorkshopA = default, Guid OtherA = default)
{
    public static async Task<MatrixWorld> CreateAsync(NetworkApiFactory factory)
    {
        var colleague = Scenario.NewProfessional(Scenario.A, "Colleague");
        var profA = Scenario.NewProfessional(Scenario.A, "Matrix A");
        var profB = Scenario.NewProfessional(Scenario.B, "Matrix B");
        var other = Scenario.NewProfessional(Scenario.A, "Other");
        var confirmed = Scenario.NewConfirmedTrust(profA.Id, other.Id, Scenario.A);
        var proposed = new TrustRelationship { ProposerId = colleague.Id, RecipientId = profA.Id, MunicipalityCode = Scenario.A, ProposedAt = DateTimeOffset.UtcNow };
        var org = new Organisation { Name = "Matrix College", Kind = "school", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        org.Domains.Add(new OrganisationDomain { OrganisationId = org.Id, DomainId = "education" });
        org.Municipalities.Add(new OrganisationMunicipality { OrganisationId = org.Id, MunicipalityCode = Scenario.A });
        var routed = MatrixConcern();
        var unrouted = MatrixConcern();
        var route = new Route { MunicipalityCode = Scenario.A, ConcernTypeId = routed.Id, UpdatedAt = DateTimeOffset.UtcNow };
        route.Steps.Add(new RouteStep { RouteId = route.Id, Order = 1, Kind = RouteStepKind.Emergency, LineName = "Politie 112", LinePhone = "112", MethodStep = MethodStep.Emergency });
        var covenant = new Covenant { Title = "Matrix covenant", Purpose = "Matrix", ValidFrom = new DateOnly(2026, 1, 1) };
        covenant.Signatories.Add(new CovenantSignatory { CovenantId = covenant.Id, OrganisationId = org.Id });
        covenant.Signatories.Add(new CovenantSignatory { CovenantId = covenant.Id, OrganisationId = DemoNetwork.Ids.AmberlyceumOrg });
        covenant.Municipalities.Add(new CovenantMunicipality { CovenantId = covenant.Id, MunicipalityCode = Scenario.A });
        // A past workshop in A whose participants are professional A and the person A trusts (the colleague is not in it).
        var workshop = new Workshop { MunicipalityCode = Scenario.A, Title = "Matrix workshop", Place = "Town hall", Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)) };
        workshop.Participants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = profA.Id, Attended = true });
        workshop.Participants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = other.Id, Attended = true });
        await factory.WithDbAsync(async db =>
        {
            db.ConcernTypes.AddRange(routed, unrouted);
            db.Routes.Add(route);
            db.Covenants.Add(covenant);
            db.Professionals.AddRange(colleague, profA, profB, other);
            db.Workshops.Add(workshop);
            db.TrustRelationships.AddRange(proposed, confirmed);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
        });
        return new MatrixWorld(org.Id, colleague.Id, profA.Id, profB.Id, proposed.Id, confirmed.Id, route.Id, unrouted.Id, covenant.Id, workshop.Id, other.Id);
    }

    private static ConcernType MatrixConcern() => new()
    {
        Id = $"matrix-{Guid.NewGuid():N}", Name = "Matrix concern", NameNl = "Matrix", Description = "For the authorization matrix", ExpertiseTags = ["matrix"],
    };

    /// <summary>A client signed in as <paramref name="principal"/> of this world (none for anonymous).</summary>
    public HttpClient ClientFor(NetworkApiFactory factory, Principal principal)
    {
        var client = factory.CreateClient();
        var user = principal switch
        {
            Principal.Anonymous => null,
            Principal.ProfessionalA => new DemoUser("matrix-a", ViewerRole.Professional, ProfessionalA, [Scenario.A], [], ""),
            Principal.ProfessionalB => new DemoUser("matrix-b", ViewerRole.Professional, ProfessionalB, [Scenario.B], [], ""),
            Principal.CoordinatorA => DemoNetwork.Users.Single(u => u.Login == "coordinator.amberveen"),
            Principal.CoordinatorB => DemoNetwork.Users.Single(u => u.Login == "coordinator.lindewaard"),
            Principal.System => DemoNetwork.Users.Single(u => u.Login == "system.amberveen"),
            _ => DemoNetwork.Users.Single(u => u.Login == "admin"),
        };
        if (user is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(user));
        return client;
    }
}
