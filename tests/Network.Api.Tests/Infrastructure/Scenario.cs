using System.Net.Http.Headers;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;
using Network.Domain.Contacts;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Infrastructure;

/// <summary>Arranges small, known networks straight in the store, and clients acting as their people.</summary>
public sealed class Scenario(NetworkApiFactory factory)
{
    public const string A = DemoNetwork.Amberveen;
    public const string B = DemoNetwork.Lindewaard;

    public async Task<Guid> AddProfessionalAsync(string municipality, string familyName, ListingStatus status = ListingStatus.Listed,
        string mobile = "+31 6 0000 0001", VisibilityLevel mobileVisibility = VisibilityLevel.Trusted, string? privateNote = null,
        params string[] expertise)
    {
        var p = NewProfessional(municipality, familyName, status, mobile, mobileVisibility, privateNote, expertise);
        await factory.WithDbAsync(async db =>
        {
            db.Professionals.Add(p);
            await db.SaveChangesAsync();
        });
        return p.Id;
    }

    public static Professional NewProfessional(string municipality, string familyName, ListingStatus status = ListingStatus.Listed,
        string mobile = "+31 6 0000 0001", VisibilityLevel mobileVisibility = VisibilityLevel.Trusted, string? privateNote = null,
        params string[] expertise)
    {
        var p = new Professional
        {
            GivenName = "Test",
            FamilyName = familyName,
            ProfessionId = "teacher",
            ListingStatus = status,
            ExpertiseTags = [.. expertise],
            Languages = ["nl", "en"],
            About = "Teacher of social studies",
            OptionalFieldsConsent = true,
            LastVerifiedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        p.Municipalities.Add(new ProfessionalMunicipality { ProfessionalId = p.Id, MunicipalityCode = municipality });
        p.ContactPoints.Add(new ContactPoint { ProfessionalId = p.Id, Channel = ContactChannel.Email, Value = $"{familyName.ToLowerInvariant()}@school.example", Visibility = VisibilityLevel.Network });
        p.ContactPoints.Add(new ContactPoint { ProfessionalId = p.Id, Channel = ContactChannel.Mobile, Value = mobile, Visibility = mobileVisibility });
        p.ContactPoints.Add(new ContactPoint { ProfessionalId = p.Id, Channel = ContactChannel.Website, Value = "https://school.example", Visibility = VisibilityLevel.Public });
        if (privateNote is not null)
            p.ContactPoints.Add(new ContactPoint { ProfessionalId = p.Id, Channel = ContactChannel.SecureMail, Value = privateNote, Visibility = VisibilityLevel.Private });
        return p;
    }

    public async Task<Guid> AddConfirmedTrustAsync(Guid a, Guid b, string municipality, DateTimeOffset? confirmedAt = null, int validityMonths = 24)
    {
        var t = NewConfirmedTrust(a, b, municipality, confirmedAt, validityMonths);
        await factory.WithDbAsync(async db =>
        {
            db.TrustRelationships.Add(t);
            await db.SaveChangesAsync();
        });
        return t.Id;
    }

    public static TrustRelationship NewConfirmedTrust(Guid a, Guid b, string municipality, DateTimeOffset? confirmedAt = null, int validityMonths = 24)
    {
        var t = new TrustRelationship { ProposerId = a, RecipientId = b, MunicipalityCode = municipality, ProposedAt = confirmedAt ?? DateTimeOffset.UtcNow };
        t.MarkConfirmed(confirmedAt ?? DateTimeOffset.UtcNow, validityMonths);
        return t;
    }

    public HttpClient ClientForProfessional(Guid id, params string[] municipalities)
    {
        var user = new DemoUser($"test-{id:N}", ViewerRole.Professional, id, municipalities, [], "test professional");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(user));
        return client;
    }
}
