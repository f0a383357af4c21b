using System.Net.Http.Headers;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;
using Network.Domain.Contacts;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Workshops;

/// <summary>
/// Arranges small networks straight in the store, with unique names per call so tests do not depend on the demo
/// data or on each other, and signs tokens for professionals and coordinators that are not demo logins.
/// </summary>
internal sealed class NetworkArrange(NetworkApiFactory factory)
{
    public const string Amberveen = DemoNetwork.Amberveen;
    public const string Lindewaard = DemoNetwork.Lindewaard;

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    public async Task<Guid> OrganisationAsync(string name, string municipality = Amberveen, params string[] domains)
    {
        var org = new Organisation { Name = $"{name} {Suffix}", Kind = "test", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        org.Municipalities.Add(new OrganisationMunicipality { OrganisationId = org.Id, MunicipalityCode = municipality });
        foreach (var d in domains.DefaultIfEmpty("education")) org.Domains.Add(new OrganisationDomain { OrganisationId = org.Id, DomainId = d });
        await factory.WithDbAsync(db => { db.Organisations.Add(org); return db.SaveChangesAsync(); });
        return org.Id;
    }

    public async Task<Guid> ProfessionalAsync(string given, string family, Guid organisation, string municipality = Amberveen,
        string profession = "teacher", string? email = null, ListingStatus listing = ListingStatus.Listed, bool active = true, string domain = "education")
    {
        var p = new Professional
        {
            GivenName = given, FamilyName = $"{family}{Suffix}", ProfessionId = profession, ListingStatus = listing, IsActive = active,
            LastVerifiedOn = DateOnly.FromDateTime(DateTime.UtcNow), CreatedAt = DateTimeOffset.UtcNow.AddYears(-2), UpdatedAt = DateTimeOffset.UtcNow,
        };
        p.Memberships.Add(new Membership { ProfessionalId = p.Id, OrganisationId = organisation, RoleTitle = "Test role", StartDate = new DateOnly(2020, 1, 1) });
        p.Municipalities.Add(new ProfessionalMunicipality { ProfessionalId = p.Id, MunicipalityCode = municipality });
        p.Domains.Add(new ProfessionalDomain { ProfessionalId = p.Id, DomainId = domain });
        if (email is not null)
            p.ContactPoints.Add(new ContactPoint { ProfessionalId = p.Id, Channel = ContactChannel.Email, Value = email, Visibility = VisibilityLevel.Network });
        await factory.WithDbAsync(db => { db.Professionals.Add(p); return db.SaveChangesAsync(); });
        return p.Id;
    }

    public Task TrustAsync(Guid proposer, Guid recipient, string municipality = Amberveen, TrustStatus status = TrustStatus.Confirmed,
        Guid? workshop = null, DateTimeOffset? at = null, int validityMonths = 24) =>
        factory.WithDbAsync(db =>
        {
            var when = at ?? DateTimeOffset.UtcNow.AddMonths(-1);
            db.TrustRelationships.Add(new TrustRelationship
            {
                ProposerId = proposer, RecipientId = recipient, MunicipalityCode = municipality, Status = status, WorkshopId = workshop,
                ProposedAt = when.AddDays(-1),
                ConfirmedAt = status == TrustStatus.Confirmed ? when : null,
                LastConfirmedAt = status == TrustStatus.Confirmed ? when : null,
                ExpiresAt = status == TrustStatus.Confirmed ? when.AddMonths(validityMonths) : null,
            });
            return db.SaveChangesAsync();
        });

    /// <summary>A municipality of its own, so a report over it has exactly the data a test arranged.</summary>
    public async Task<string> MunicipalityAsync()
    {
        var code = $"GM{Random.Shared.Next(1000, 9000)}";
        await factory.WithDbAsync(async db =>
        {
            while (await db.Municipalities.FindAsync(code) is not null) code = $"GM{Random.Shared.Next(1000, 9000)}";
            db.Municipalities.Add(new Municipality { Code = code, Name = $"Testdorp {Suffix}" });
            await db.SaveChangesAsync();
        });
        return code;
    }

    public HttpClient Professional(Guid id, string municipality = Amberveen) =>
        Client(new DemoUser($"test-professional-{id:N}", ViewerRole.Professional, id, [municipality], [], "test"));

    public HttpClient Coordinator(string municipality) =>
        Client(new DemoUser($"test-coordinator-{municipality}", ViewerRole.Coordinator, null, [municipality], [], "test"));

    private HttpClient Client(DemoUser user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(user));
        return client;
    }
}
