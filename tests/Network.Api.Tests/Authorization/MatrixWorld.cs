using Network.Api.Tests.Infrastructure;
using Network.Domain.Organisations;
using Network.Domain.Trust;
using Network.Domain.Workshops;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// A fresh little world per matrix cell, so writes in one cell cannot change the outcome of another:
/// an organisation and a listed colleague in municipality A, a professional of A and of B, and trust
/// relationships in each state the operations need.
/// </summary>
public sealed record MatrixWorld(Guid OrganisationA, Guid ColleagueA, Guid ProfessionalA, Guid ProfessionalB,
    Guid TrustProposedToA, Guid TrustConfirmedWithA, Guid WorkshopA, Guid OtherA)
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
        // A past workshop in A whose participants are professional A and the person A trusts (the colleague is not in it).
        var workshop = new Workshop { MunicipalityCode = Scenario.A, Title = "Matrix workshop", Place = "Town hall", Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)) };
        workshop.Participants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = profA.Id, Attended = true });
        workshop.Participants.Add(new WorkshopParticipant { WorkshopId = workshop.Id, ProfessionalId = other.Id, Attended = true });
        await factory.WithDbAsync(async db =>
        {
            db.Professionals.AddRange(colleague, profA, profB, other);
            db.Workshops.Add(workshop);
            db.TrustRelationships.AddRange(proposed, confirmed);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
        });
        return new MatrixWorld(org.Id, colleague.Id, profA.Id, profB.Id, proposed.Id, confirmed.Id, workshop.Id, other.Id);
    }
}
