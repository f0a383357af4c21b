using Network.Domain.Contacts;
using Network.Domain.Municipalities;
using Network.Domain.Organisations;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Tests.Infrastructure.World;

public sealed partial class TestWorld
{
    /// <summary>
    /// A listed professional of <paramref name="municipality"/> with a contact point at each visibility: e-mail
    /// (network), mobile (<paramref name="mobileVisibility"/>), website (public) and, if given, a private secure-mail note.
    /// </summary>
    public async Task<Guid> ProfessionalAsync(
        string municipality,
        string familyName,
        ListingStatus status = ListingStatus.Listed,
        string mobile = "+31 6 0000 0001",
        VisibilityLevel mobileVisibility = VisibilityLevel.Trusted,
        string? privateNote = null,
        params string[] expertise
    )
    {
        var p = NewProfessional(municipality, familyName, status, mobile, mobileVisibility, privateNote, expertise);
        await SaveAsync(p);
        return p.Id;
    }

    /// <summary>The entity <see cref="ProfessionalAsync"/> saves, for worlds that save many rows at once.</summary>
    public static Professional NewProfessional(
        string municipality,
        string familyName,
        ListingStatus status = ListingStatus.Listed,
        string mobile = "+31 6 0000 0001",
        VisibilityLevel mobileVisibility = VisibilityLevel.Trusted,
        string? privateNote = null,
        params string[] expertise
    )
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
        p.ContactPoints.Add(
            new ContactPoint
            {
                ProfessionalId = p.Id,
                Channel = ContactChannel.Email,
                Value = $"{familyName.ToLowerInvariant().Replace(' ', '-')}@school.example",
                Visibility = VisibilityLevel.Network,
            }
        );
        p.ContactPoints.Add(
            new ContactPoint
            {
                ProfessionalId = p.Id,
                Channel = ContactChannel.Mobile,
                Value = mobile,
                Visibility = mobileVisibility,
            }
        );
        p.ContactPoints.Add(
            new ContactPoint
            {
                ProfessionalId = p.Id,
                Channel = ContactChannel.Website,
                Value = "https://school.example",
                Visibility = VisibilityLevel.Public,
            }
        );
        if (privateNote is not null)
            p.ContactPoints.Add(
                new ContactPoint
                {
                    ProfessionalId = p.Id,
                    Channel = ContactChannel.SecureMail,
                    Value = privateNote,
                    Visibility = VisibilityLevel.Private,
                }
            );
        return p;
    }

    /// <summary>
    /// A member of <paramref name="organisation"/> (family name made unique with <see cref="Suffix"/>), working in one
    /// domain, with an e-mail address only if one is given: what attendance imports and reports match on.
    /// </summary>
    public async Task<Guid> MemberAsync(
        string given,
        string family,
        Guid organisation,
        string municipality = A,
        string profession = "teacher",
        string? email = null,
        ListingStatus listing = ListingStatus.Listed,
        bool active = true,
        string domain = "education"
    )
    {
        var p = new Professional
        {
            GivenName = given,
            FamilyName = $"{family}{Suffix}",
            ProfessionId = profession,
            ListingStatus = listing,
            IsActive = active,
            LastVerifiedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            CreatedAt = DateTimeOffset.UtcNow.AddYears(-2),
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        p.Memberships.Add(
            new Membership
            {
                ProfessionalId = p.Id,
                OrganisationId = organisation,
                RoleTitle = "Test role",
                StartDate = new DateOnly(2020, 1, 1),
            }
        );
        p.Municipalities.Add(new ProfessionalMunicipality { ProfessionalId = p.Id, MunicipalityCode = municipality });
        p.Domains.Add(new ProfessionalDomain { ProfessionalId = p.Id, DomainId = domain });
        if (email is not null)
            p.ContactPoints.Add(
                new ContactPoint
                {
                    ProfessionalId = p.Id,
                    Channel = ContactChannel.Email,
                    Value = email,
                    Visibility = VisibilityLevel.Network,
                }
            );
        await SaveAsync(p);
        return p.Id;
    }

    /// <summary>An organisation named <paramref name="name"/> plus <see cref="Suffix"/>, in one municipality and its domains (education if none).</summary>
    public async Task<Guid> OrganisationAsync(string name, string municipality = A, params string[] domains)
    {
        var org = new Organisation
        {
            Name = $"{name} {Suffix}",
            Kind = "test",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        org.Municipalities.Add(
            new OrganisationMunicipality { OrganisationId = org.Id, MunicipalityCode = municipality }
        );
        foreach (var d in domains.DefaultIfEmpty("education"))
            org.Domains.Add(new OrganisationDomain { OrganisationId = org.Id, DomainId = d });
        await SaveAsync(org);
        return org.Id;
    }

    /// <summary>
    /// A trust relationship proposed a day before <paramref name="at"/> (default: a month ago) and, when confirmed,
    /// confirmed at <paramref name="at"/> for <paramref name="validityMonths"/>, as the service would have.
    /// </summary>
    public async Task<Guid> TrustAsync(
        Guid proposer,
        Guid recipient,
        string municipality = A,
        TrustStatus status = TrustStatus.Confirmed,
        Guid? workshop = null,
        DateTimeOffset? at = null,
        int validityMonths = 24
    )
    {
        var t = NewTrust(proposer, recipient, municipality, status, workshop, at, validityMonths);
        await SaveAsync(t);
        return t.Id;
    }

    /// <summary>The entity <see cref="TrustAsync"/> saves.</summary>
    public static TrustRelationship NewTrust(
        Guid proposer,
        Guid recipient,
        string municipality = A,
        TrustStatus status = TrustStatus.Confirmed,
        Guid? workshop = null,
        DateTimeOffset? at = null,
        int validityMonths = 24
    )
    {
        var when = at ?? DateTimeOffset.UtcNow.AddMonths(-1);
        var t = new TrustRelationship
        {
            ProposerId = proposer,
            RecipientId = recipient,
            MunicipalityCode = municipality,
            WorkshopId = workshop,
            ProposedAt = when.AddDays(-1),
            Status = status,
        };
        if (status == TrustStatus.Confirmed)
            t.MarkConfirmed(when, validityMonths);
        return t;
    }

    /// <summary>A municipality of its own, so a report over it has exactly the data a test arranged.</summary>
    public async Task<string> MunicipalityAsync()
    {
        var code = $"GM{Random.Shared.Next(1000, 9000)}";
        await factory.WithDbAsync(async db =>
        {
            while (await db.Municipalities.FindAsync(code) is not null)
                code = $"GM{Random.Shared.Next(1000, 9000)}";
            db.Municipalities.Add(new Municipality { Code = code, Name = $"Testdorp {Suffix}" });
            await db.SaveChangesAsync();
        });
        return code;
    }
}
