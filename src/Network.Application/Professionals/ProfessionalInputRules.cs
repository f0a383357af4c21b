using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.Privacy;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>Validation and application of a professional's entry, shared by coordinators' edits and self-service.</summary>
public sealed partial class ProfessionalInputRules(NetworkDbContext db, AccessPolicy access, CatalogueChecks catalogues)
{
    /// <summary>The caps of an entry: the input records declare them (so the OpenAPI document says them), validation checks them.</summary>
    public const int MaxTags = 20;
    public const int MaxContactPoints = 10;
    public const int MaxMemberships = 10;
    public const int MaxDomains = 10;
    public const int MaxMunicipalities = 50;
    public const int MaxNameLength = 100;
    public const int MaxRoleTitleLength = 200;
    public const int MaxAboutLength = 1000;
    public const int MaxContactValueLength = 320;

    /// <summary>A language tag as the entry keeps it ("nl", "ar", "pt-BR"): 2 to 8 ASCII letters or hyphens.</summary>
    public const string LanguagePattern = "^[A-Za-z-]{2,8}$";

    public async Task<Validator> ValidateAsync(ProfessionalInput input, CancellationToken ct)
    {
        var v = new Validator()
            .Require("givenName", input.GivenName, MaxNameLength)
            .Require("familyName", input.FamilyName, MaxNameLength)
            .Require("professionId", input.ProfessionId, CatalogueRules.MaxIdLength)
            .List("municipalities", input.Municipalities, MaxMunicipalities, required: true)
            .List("domains", input.Domains, MaxDomains)
            .List("memberships", input.Memberships, MaxMemberships);
        ValidateProfile(v, input.ExpertiseTags, input.Languages, input.About, input.ContactPoints);
        await catalogues.CheckProfessionAsync(v, "professionId", input.ProfessionId, ct);
        await catalogues.CheckDomainsAsync(v, "domains", input.Domains, ct);
        await catalogues.CheckMunicipalitiesAsync(v, "municipalities", input.Municipalities, ct);

        var memberships = input.Memberships ?? [];
        var orgIds = memberships.OfType<MembershipInput>().Select(m => m.OrganisationId).Distinct().ToList();
        var visible = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => orgIds.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync(ct);
        for (var i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (m is null)
                continue; // reported by List above
            v.When(!visible.Contains(m.OrganisationId), $"memberships[{i}].organisationId", "unknown organisation");
            v.Require($"memberships[{i}].roleTitle", m.RoleTitle, MaxRoleTitleLength);
            v.When(m.StartDate is null, $"memberships[{i}].startDate", "is required");
            v.When(
                m.EndDate is { } end && m.StartDate is { } start && end < start,
                $"memberships[{i}].endDate",
                "must not be before startDate"
            );
        }
        return v;
    }

    /// <summary>The fields a professional may edit about themself.</summary>
    public static void ValidateProfile(
        Validator v,
        IReadOnlyList<string>? expertise,
        IReadOnlyList<string>? languages,
        string? about,
        IReadOnlyList<ContactPointInput>? contactPoints
    )
    {
        v.List("expertiseTags", expertise, MaxTags)
            .List("languages", languages, MaxTags)
            .List("contactPoints", contactPoints, MaxContactPoints);
        v.Text("about", about, MaxAboutLength, freeText: true);
        for (var i = 0; i < (expertise?.Count ?? 0); i++)
            v.When(
                !CatalogueRules.IsSlug(expertise![i]),
                $"expertiseTags[{i}]",
                "must be a lower-case tag such as 'online-extremism' (at most 60 characters)"
            );
        for (var i = 0; i < (languages?.Count ?? 0); i++)
            v.When(
                languages![i] is not { } l || !LanguageTag().MatchesWhole(l),
                $"languages[{i}]",
                "must be a language tag such as 'nl' or 'ar'"
            );
        for (var i = 0; i < (contactPoints?.Count ?? 0); i++)
        {
            var cp = contactPoints![i];
            if (cp is null)
                continue; // reported by List above
            v.When(!Enum.IsDefined(cp.Channel), $"contactPoints[{i}].channel", "is not a known channel");
            v.When(
                cp.Visibility is { } level && !Enum.IsDefined(level),
                $"contactPoints[{i}].visibility",
                "is not a known visibility level"
            );
            var isPhone = cp.Channel is ContactChannel.WorkPhone or ContactChannel.Mobile;
            // A phone number is checked as a whole: nine digits inside "+31 612345671" are not a BSN, nine alone may be.
            v.Require($"contactPoints[{i}].value", cp.Value, MaxContactValueLength, freeText: !isPhone);
            if (cp.Value is { } value && cp.Channel is ContactChannel.Email or ContactChannel.SecureMail)
                v.When(
                    !value.Contains('@') || value.Contains(' '),
                    $"contactPoints[{i}].value",
                    "must be an e-mail address"
                );
            if (cp.Value is { } phone && isPhone)
            {
                v.When(
                    !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'),
                    $"contactPoints[{i}].value",
                    "must be a phone number"
                );
                v.When(
                    CaseDataGuard.IsBsn(new string([.. phone.Where(char.IsAsciiDigit)])),
                    $"contactPoints[{i}].value",
                    "looks like a citizen service number (BSN), not a phone number; never enter client data"
                );
            }
        }
    }

    /// <summary>The entry as <paramref name="seen"/> shows it, in the shape an update takes: what a merge patch applies to.</summary>
    public static ProfessionalInput AsInput(Professional p, SeenParts seen) =>
        new(
            GivenName: p.GivenName,
            FamilyName: p.FamilyName,
            ProfessionId: p.ProfessionId,
            Municipalities: [.. p.Municipalities.Select(m => m.MunicipalityCode).Order()],
            Domains: [.. p.Domains.Select(d => d.DomainId).Order()],
            ExpertiseTags: [.. p.ExpertiseTags.Order()],
            Languages: seen.OptionalFields ? [.. p.Languages.Order()] : null,
            About: seen.OptionalFields ? p.About : null,
            OffersAnonymousConsultation: p.OffersAnonymousConsultation,
            LastVerifiedOn: p.LastVerifiedOn,
            Memberships:
            [
                .. p
                    .Memberships.Where(seen.Sees)
                    .OrderBy(m => m.StartDate)
                    .Select(m => new MembershipInput(
                        m.OrganisationId,
                        m.RoleTitle,
                        m.StartDate,
                        m.EndDate,
                        m.IsDesignatedOfficer
                    )),
            ],
            ContactPoints: ContactPointsAsInput(p, seen)
        );

    public static IReadOnlyList<ContactPointInput> ContactPointsAsInput(Professional p, SeenParts seen) =>
        [
            .. p
                .ContactPoints.Where(seen.Sees)
                .OrderBy(c => c.Channel)
                .ThenBy(c => c.Id)
                .Select(c => new ContactPointInput(c.Channel, c.Value, c.Visibility, c.Id)),
        ];

    /// <summary>What an update must not do to the parts its editor is not shown: name a contact point they cannot see.</summary>
    public static void CheckAgainst(Validator v, SeenParts seen, IReadOnlyList<ContactPointInput>? contactPoints)
    {
        var named = new HashSet<Guid>();
        for (var i = 0; i < (contactPoints?.Count ?? 0); i++)
        {
            if (contactPoints![i]?.Id is not { } id)
                continue;
            v.When(
                !seen.ContactPoints.Contains(id),
                $"contactPoints[{i}].id",
                "is not one of this entry's contact points; leave id out for a new one"
            );
            v.When(!named.Add(id), $"contactPoints[{i}].id", "names the same contact point twice");
        }
    }

    public static void Apply(Professional p, ProfessionalInput input, DateOnly today, SeenParts seen)
    {
        p.OffersAnonymousConsultation = input.OffersAnonymousConsultation;
        p.ExpertiseTags = (input.ExpertiseTags ?? []).Distinct().ToList();
        // Optional fields hidden from the editor (no consent yet) read as null to them: null keeps what is there,
        // a value is written, as a coordinator may when creating the entry.
        if (seen.OptionalFields || input.Languages is not null)
            p.Languages = (input.Languages ?? []).Select(l => l.ToLowerInvariant()).Distinct().ToList();
        if (seen.OptionalFields || input.About is not null)
            p.About = string.IsNullOrWhiteSpace(input.About) ? null : input.About.Trim();
        p.LastVerifiedOn = input.LastVerifiedOn ?? today;
        p.Municipalities.SyncTo(
            input.Municipalities!,
            m => m.MunicipalityCode,
            code => new ProfessionalMunicipality { ProfessionalId = p.Id, MunicipalityCode = code }
        );
        p.Domains.SyncTo(
            input.Domains ?? [],
            d => d.DomainId,
            id => new ProfessionalDomain { ProfessionalId = p.Id, DomainId = id }
        );
        foreach (var replaced in p.Memberships.Where(seen.Sees).ToList())
            p.Memberships.Remove(replaced);
        foreach (var m in input.Memberships ?? [])
            p.Memberships.Add(
                new Membership
                {
                    ProfessionalId = p.Id,
                    OrganisationId = m.OrganisationId,
                    RoleTitle = m.RoleTitle!.Trim(),
                    StartDate = m.StartDate!.Value,
                    EndDate = m.EndDate,
                    IsDesignatedOfficer = m.IsDesignatedOfficer,
                }
            );
        ApplyContactPoints(p, input.ContactPoints, seen);
    }

    /// <summary>
    /// The contact points the editor sees become the input's: one that names its id keeps it (and with it the
    /// history of who read it), one without is new, the others seen are removed. Those not seen stay as they are.
    /// </summary>
    public static void ApplyContactPoints(
        Professional p,
        IReadOnlyList<ContactPointInput>? contactPoints,
        SeenParts seen
    )
    {
        var current = p.ContactPoints.Where(seen.Sees).ToDictionary(c => c.Id);
        foreach (var c in contactPoints ?? [])
        {
            var value = c.Value!.Trim();
            var visibility = c.Visibility ?? ContactPoint.DefaultVisibility(c.Channel);
            if (c.Id is { } id && current.Remove(id, out var existing))
            {
                existing.Channel = c.Channel;
                existing.Value = value;
                existing.Visibility = visibility;
            }
            else
                p.ContactPoints.Add(
                    new ContactPoint
                    {
                        ProfessionalId = p.Id,
                        Channel = c.Channel,
                        Value = value,
                        Visibility = visibility,
                    }
                );
        }
        foreach (var removed in current.Values)
            p.ContactPoints.Remove(removed);
    }

    [GeneratedRegex(LanguagePattern)]
    private static partial Regex LanguageTag();
}
