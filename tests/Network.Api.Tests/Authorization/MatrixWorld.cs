using Network.Api.Tests.Infrastructure;
using Network.Domain.Organisations;
using Network.Domain.Trust;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// A fresh little world per matrix cell, so writes in one cell cannot change the outcome of another:
/// an organisation and a listed colleague in municipality A, a professional of A and of B, and trust
/// relationships in each state the operations need.
/// </summary>
public sealed record MatrixWorld(Guid OrganisationA, Guid ColleagueA, Guid ProfessionalA, Guid ProfessionalB,
    Guid TrustProposedToA, Guid TrustConfirmedWithA)
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
        await factory.WithDbAsync(async db =>
        {
            db.Professionals.AddRange(colleague, profA, profB, other);
            db.TrustRelationships.AddRange(proposed, confirmed);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
        });
        return new MatrixWorld(org.Id, colleague.Id, profA.Id, profB.Id, proposed.Id, confirmed.Id);
    }
}
