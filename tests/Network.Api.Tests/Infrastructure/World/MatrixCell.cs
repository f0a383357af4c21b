using Network.Application.Persistence.Seeding;
using Network.Domain.Accounts;
using Network.Domain.Catalogues;
using Network.Domain.Covenants;
using Network.Domain.EscalationRoutes;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Api.Tests.Infrastructure.World;

/// <summary>
/// What one authorization-matrix cell is tried against, fresh per cell so writes in one cell cannot change the
/// outcome of another: an organisation and a listed colleague in municipality A, a professional of A and of B, and
/// trust relationships in each state the operations need; a route and a covenant of A, a concern type without a
/// route so creating one can succeed once per cell, and a past workshop of A. Made by <see cref="TestWorld.MatrixCellAsync"/>.
/// </summary>
public sealed record MatrixCell(
    Guid OrganisationA,
    Guid ColleagueA,
    Guid ProfessionalA,
    Guid ProfessionalB,
    Guid TrustProposedToA,
    Guid TrustConfirmedWithA,
    Guid RouteA,
    string UnroutedConcern,
    Guid CovenantA,
    Guid WorkshopA,
    Guid OtherA,
    Guid OutcomeItemA,
    Guid AgreementA,
    Guid AccountA,
    Guid GrantA,
    Guid SystemClientA,
    Guid InviteeA,
    Guid InvitationA
);

public sealed partial class TestWorld
{
    public async Task<MatrixCell> MatrixCellAsync()
    {
        var colleague = NewProfessional(A, "Colleague");
        var profA = NewProfessional(A, "Matrix A");
        var profB = NewProfessional(B, "Matrix B");
        var other = NewProfessional(A, "Other");
        var confirmed = NewTrust(profA.Id, other.Id, A, at: DateTimeOffset.UtcNow);
        var proposed = NewTrust(colleague.Id, profA.Id, A, TrustStatus.Proposed, at: DateTimeOffset.UtcNow);
        var org = new Organisation
        {
            Name = "Matrix College",
            Kind = "school",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        org.Domains.Add(new OrganisationDomain { OrganisationId = org.Id, DomainId = "education" });
        org.Municipalities.Add(new OrganisationMunicipality { OrganisationId = org.Id, MunicipalityCode = A });
        var routed = MatrixConcern();
        var unrouted = MatrixConcern();
        var route = new Route
        {
            MunicipalityCode = A,
            ConcernTypeId = routed.Id,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        route.Steps.Add(
            new RouteStep
            {
                RouteId = route.Id,
                Order = 1,
                Kind = RouteStepKind.Emergency,
                LineName = "Politie 112",
                LinePhone = "112",
                MethodStep = MethodStep.Emergency,
            }
        );
        var covenant = new Covenant
        {
            Title = "Matrix covenant",
            Purpose = "Matrix",
            ValidFrom = new DateOnly(2026, 1, 1),
        };
        covenant.Signatories.Add(new CovenantSignatory { CovenantId = covenant.Id, OrganisationId = org.Id });
        covenant.Signatories.Add(
            new CovenantSignatory { CovenantId = covenant.Id, OrganisationId = DemoNetwork.Ids.AmberlyceumOrg }
        );
        covenant.Municipalities.Add(new CovenantMunicipality { CovenantId = covenant.Id, MunicipalityCode = A });
        // A past workshop in A whose participants are professional A and the person A trusts (the colleague is not in it).
        var workshop = new Workshop
        {
            MunicipalityCode = A,
            Title = "Matrix workshop",
            Place = "Town hall",
            Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)),
        };
        workshop.Participants.Add(
            new WorkshopParticipant
            {
                WorkshopId = workshop.Id,
                ProfessionalId = profA.Id,
                Attended = true,
            }
        );
        workshop.Participants.Add(
            new WorkshopParticipant
            {
                WorkshopId = workshop.Id,
                ProfessionalId = other.Id,
                Attended = true,
            }
        );
        var item = new WorkshopOutcomeItem
        {
            WorkshopId = workshop.Id,
            Kind = OutcomeItemKind.Dilemma,
            Aim = LearningAim.Signalling,
            Text = "Matrix dilemma",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        var agreement = new WorkshopAgreement
        {
            WorkshopId = workshop.Id,
            Text = "Matrix agreement",
            OrganisationIds = [org.Id],
            OwnerProfessionalId = profA.Id,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        // The colleague's account holds the coordinator role of A; a system of A is registered.
        var account = new Account
        {
            Issuer = "https://idp.matrix.test",
            Subject = $"matrix-{Guid.NewGuid():N}",
            ProfessionalId = colleague.Id,
            CreatedAt = DateTimeOffset.UtcNow,
            LastSignInAt = DateTimeOffset.UtcNow,
        };
        var grant = new RoleGrant
        {
            AccountId = account.Id,
            Role = GrantedRole.Coordinator,
            MunicipalityCode = A,
            GrantedAt = DateTimeOffset.UtcNow,
            GrantedBy = "matrix",
        };
        account.Roles.Add(grant);
        var system = new SystemClient
        {
            Issuer = "https://idp.matrix.test",
            ClientId = $"matrix-{Guid.NewGuid():N}",
            Name = "Matrix system",
            MunicipalityCode = A,
            Scopes = ["network.directory.read"],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        // A pending person of A with an e-mail address and an open invitation.
        var invitee = NewProfessional(A, "Invitee", ListingStatus.Pending);
        var invitation = new Invitation
        {
            ProfessionalId = invitee.Id,
            TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = "matrix",
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(14),
        };
        await SaveAsync(
            invitee,
            invitation,
            account,
            system,
            routed,
            unrouted,
            route,
            covenant,
            colleague,
            profA,
            profB,
            other,
            workshop,
            proposed,
            confirmed,
            org,
            item,
            agreement
        );
        return new MatrixCell(
            org.Id,
            colleague.Id,
            profA.Id,
            profB.Id,
            proposed.Id,
            confirmed.Id,
            route.Id,
            unrouted.Id,
            covenant.Id,
            workshop.Id,
            other.Id,
            item.Id,
            agreement.Id,
            account.Id,
            grant.Id,
            system.Id,
            invitee.Id,
            invitation.Id
        );
    }

    private static ConcernType MatrixConcern() =>
        new()
        {
            Id = $"matrix-{Guid.NewGuid():N}",
            Name = "Matrix concern",
            NameNl = "Matrix",
            Description = "For the authorization matrix",
            ExpertiseTags = ["matrix"],
        };
}
