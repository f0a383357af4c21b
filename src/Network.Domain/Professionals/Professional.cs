using System.ComponentModel;
using Network.Domain.Contacts;

namespace Network.Domain.Professionals;

/// <summary>
/// A person in the network (FHIR Practitioner); their roles at organisations are <see cref="Membership"/>s
/// (FHIR PractitionerRole). Deactivated, never deleted, so trust and audit history keep their references.
/// </summary>
public sealed class Professional
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public required string ProfessionId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Pending until the professional accepts being listed (consent first); only coordinators see pending entries.</summary>
    public ListingStatus ListingStatus { get; set; } = ListingStatus.Listed;

    /// <summary>Whether this person offers anonymous consultation (step 1 of the method).</summary>
    public bool OffersAnonymousConsultation { get; set; }
    public List<string> ExpertiseTags { get; set; } = [];

    /// <summary>Optional field: shown only while <see cref="OptionalFieldsConsent"/> is given.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Optional field: a short professional introduction. Never case data.</summary>
    public string? About { get; set; }
    public bool OptionalFieldsConsent { get; set; }

    /// <summary>False once the person turned off the optional reminders ("is this still right?", the digest).</summary>
    public bool OptionalReminders { get; set; } = true;
    public DateOnly LastVerifiedOn { get; set; }
    public List<Membership> Memberships { get; set; } = [];
    public List<ProfessionalMunicipality> Municipalities { get; set; } = [];
    public List<ProfessionalDomain> Domains { get; set; } = [];
    public List<ContactPoint> ContactPoints { get; set; } = [];
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string DisplayName => $"{GivenName} {FamilyName}";
}

[Description("Whether a professional accepted being listed in the network.")]
public enum ListingStatus
{
    [Description("Added by a coordinator; not yet accepted by the professional, so only coordinators see it.")]
    Pending,

    [Description("Accepted by the professional; visible in the network.")]
    Listed,
}

/// <summary>A role a professional holds at an organisation for a period.</summary>
public sealed class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProfessionalId { get; init; }
    public Guid OrganisationId { get; set; }
    public required string RoleTitle { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The organisation's designated officer for concerns (aandachtsfunctionaris).</summary>
    public bool IsDesignatedOfficer { get; set; }

    public bool IsCurrent(DateOnly today) => StartDate <= today && (EndDate is null || EndDate >= today);
}

public sealed class ProfessionalMunicipality
{
    public Guid ProfessionalId { get; init; }
    public required string MunicipalityCode { get; init; }
}

public sealed class ProfessionalDomain
{
    public Guid ProfessionalId { get; init; }
    public required string DomainId { get; init; }
}

/// <summary>A professional's channel with its own visibility level.</summary>
public sealed class ContactPoint
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProfessionalId { get; init; }
    public ContactChannel Channel { get; set; }
    public required string Value { get; set; }
    public VisibilityLevel Visibility { get; set; }

    public static VisibilityLevel DefaultVisibility(ContactChannel channel) =>
        channel switch
        {
            ContactChannel.Mobile => VisibilityLevel.Trusted,
            ContactChannel.Website => VisibilityLevel.Public,
            _ => VisibilityLevel.Network,
        };
}
