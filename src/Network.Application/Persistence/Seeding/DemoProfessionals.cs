using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    // Expertise tags, as the concern types in CatalogueSeed name them.
    private const string Rad = "radicalisation",
        Pol = "polarisation",
        Online = "online-extremism",
        Ext = "extremism",
        Dv = "domestic-violence",
        Mh = "mental-health",
        Cp = "child-protection";

    /// <summary>A role at an organisation (FHIR PractitionerRole); <see cref="Officer"/> marks the designated officer.</summary>
    private sealed record Role(Guid Org, string Title, DateOnly Start, bool Officer = false, DateOnly? End = null);

    /// <summary>A contact point beyond the defaults, to exercise the other visibility levels.</summary>
    private sealed record Extra(ContactChannel Channel, string Value, VisibilityLevel Visibility);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static IEnumerable<Professional> Professionals(DateTimeOffset now) =>
        PeopleOfAmberveen(now).Concat(PeopleOfLindewaard(now));

    /// <summary>
    /// One demo professional. Everyone gets a work e-mail (network) and a mobile (trusted) at obviously fake
    /// addresses; domains follow the organisations they work for. Number <paramref name="n"/> makes every id.
    /// </summary>
    private static Professional Person(
        DateTimeOffset now,
        int n,
        string given,
        string family,
        string profession,
        string[] municipalities,
        Role[] roles,
        string[] tags,
        string about,
        DateOnly verified,
        string[]? languages = null,
        bool consent = true,
        bool anonymous = false,
        bool workPhone = false,
        Extra[]? extra = null
    )
    {
        var id = Ids.Of(Ids.ProfessionalKind, n);
        var firstOrg = OrgOf(roles[0].Org);
        var points = new List<Extra>
        {
            new(ContactChannel.Email, $"{Slug(given)}.{Slug(family)}@{firstOrg.MailDomain}", VisibilityLevel.Network),
            new(ContactChannel.Mobile, $"+31 6 0000 0{n:D3}", VisibilityLevel.Trusted),
        };
        if (workPhone)
            points.Add(new(ContactChannel.WorkPhone, $"+31 20 000 1{n:D3}", VisibilityLevel.Network));
        points.AddRange(extra ?? []);

        return new Professional
        {
            Id = id,
            GivenName = given,
            FamilyName = family,
            ProfessionId = profession,
            ExpertiseTags = [.. tags],
            Languages = [.. languages ?? ["nl"]],
            About = about,
            OptionalFieldsConsent = consent,
            OffersAnonymousConsultation = anonymous,
            LastVerifiedOn = verified,
            // Entered when their first role began (never later than now): the network before a workshop holds them.
            CreatedAt = Min(
                now,
                new DateTimeOffset(roles.Min(r => r.Start).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            ),
            UpdatedAt = now,
            Memberships = roles
                .Select(
                    (r, i) =>
                        new Membership
                        {
                            Id = Ids.Of(Ids.MembershipKind, n * 100 + i + 1),
                            ProfessionalId = id,
                            OrganisationId = r.Org,
                            RoleTitle = r.Title,
                            StartDate = r.Start,
                            EndDate = r.End,
                            IsDesignatedOfficer = r.Officer,
                        }
                )
                .ToList(),
            Municipalities = municipalities
                .Select(m => new ProfessionalMunicipality { ProfessionalId = id, MunicipalityCode = m })
                .ToList(),
            Domains = roles
                .Where(r => r.End is null)
                .SelectMany(r => OrgOf(r.Org).Domains)
                .Distinct()
                .Select(d => new ProfessionalDomain { ProfessionalId = id, DomainId = d })
                .ToList(),
            ContactPoints = points
                .Select(
                    (p, i) =>
                        new ContactPoint
                        {
                            Id = Ids.Of(Ids.ContactPointKind, n * 100 + i + 1),
                            ProfessionalId = id,
                            Channel = p.Channel,
                            Value = p.Value,
                            Visibility = p.Visibility,
                        }
                )
                .ToList(),
        };
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
}
