using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>
/// A professional as the viewer may see them: only visible contact points, only memberships of visible
/// organisations, optional fields only with the owner's consent.
/// </summary>
[Description(
    "A professional in the network, as you may see them: only visible contact points, memberships of visible organisations, "
        + "optional fields only with consent."
)]
public sealed record ProfessionalDto(
    Guid Id,
    [property: Description("Given name.")] string GivenName,
    [property: Description("Family name.")] string FamilyName,
    [property: Description("The name as shown in lists.")] string DisplayName,
    [property: Description("Id of the profession (see professions).")] string ProfessionId,
    [property: Description("False once deactivated.")] bool IsActive,
    [property: Description("Whether the professional accepted being listed.")] ListingStatus ListingStatus,
    [property: Description("Offers anonymous consultation, the first step of the method.")]
        bool OffersAnonymousConsultation,
    [property: Description("Expertise tags, e.g. radicalisation.")] IReadOnlyList<string> ExpertiseTags,
    [property: Description("Languages spoken; null without the professional's consent.")]
        IReadOnlyList<string>? Languages,
    [property: Description("A short text by the professional; null without their consent.")] string? About,
    [property: Description("Whether the professional agreed to list the optional fields.")] bool OptionalFieldsConsent,
    [property: Description("When the entry was last confirmed correct.")] DateOnly LastVerifiedOn,
    [property: Description("Roles at organisations you can see.")] IReadOnlyList<MembershipDto> Memberships,
    [property: Description("CBS codes of the municipalities served.")] IReadOnlyList<string> Municipalities,
    [property: Description("Domain ids the professional works in.")] IReadOnlyList<string> Domains,
    [property: Description(
        "The contact points you may see, each decided by its visibility level and your relation to the owner."
    )]
        IReadOnlyList<ContactPointDto> ContactPoints,
    [property: Description("Changes with every update; pass it as expectedVersion (REST: the ETag).")] int Version,
    [property: Description("When the entry last changed (UTC).")] DateTimeOffset UpdatedAt
);

[Description("A role a professional holds at an organisation for a period.")]
public sealed record MembershipDto(
    [property: Description("The membership's id (REST).")] Guid Id,
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation.")] Guid OrganisationId,
    [property: Description("The organisation's name.")] string OrganisationName,
    [property: Description("The role, e.g. zorgcoördinator.")] string RoleTitle,
    [property: Description("Start of the role.")] DateOnly StartDate,
    [property: Description("End of the role; null while it lasts.")] DateOnly? EndDate,
    [property: Description("The organisation's designated officer (aandachtsfunctionaris) for radicalisation.")]
        bool IsDesignatedOfficer
);

[Description("A channel to reach a professional, shown only when its visibility level allows it for you.")]
public sealed record ContactPointDto(
    [property: Description("The contact point's id (used when choosing visibility).")] Guid Id,
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property: Description("The number or address.")] string Value,
    [property: Description("Who may see it.")] VisibilityLevel Visibility
);

/// <summary>What coordinators set on a professional's entry. Server-owned fields (id, status, version, timestamps) are absent on purpose.</summary>
[Description(
    "A professional's entry as coordinators maintain it. Field errors (VALIDATION_FAILED) are keyed by these names."
)]
public sealed record ProfessionalInput(
    [property:
        Required,
        Length(1, ProfessionalInputRules.MaxNameLength),
        Description("Given name, at most 100 characters.")
    ]
        string? GivenName,
    [property:
        Required,
        Length(1, ProfessionalInputRules.MaxNameLength),
        Description("Family name, at most 100 characters.")
    ]
        string? FamilyName,
    [property: Required, Length(1, CatalogueRules.MaxIdLength), Description("A profession id from professions.")]
        string? ProfessionId,
    [property:
        Required,
        Length(1, ProfessionalInputRules.MaxMunicipalities),
        Description("CBS codes of the municipalities served, 1 to 50.")
    ]
        IReadOnlyList<string>? Municipalities,
    [property: MaxLength(ProfessionalInputRules.MaxDomains), Description("Domain ids, at most 10.")]
        IReadOnlyList<string>? Domains,
    [property:
        MaxLength(ProfessionalInputRules.MaxTags),
        EachItem(MaxLength = CatalogueRules.MaxIdLength, Pattern = CatalogueRules.SlugRegex),
        Description("Expertise tags, at most 20; each a lowercase slug such as 'online-extremism'.")
    ]
        IReadOnlyList<string>? ExpertiseTags,
    [property:
        MaxLength(ProfessionalInputRules.MaxTags),
        EachItem(MinLength = 2, MaxLength = 8, Pattern = ProfessionalInputRules.LanguagePattern),
        Description("Language tags such as 'nl' or 'ar', at most 20 (shown only with the professional's consent).")
    ]
        IReadOnlyList<string>? Languages,
    [property:
        MaxLength(ProfessionalInputRules.MaxAboutLength),
        Description("A short text, at most 1000 characters; no case data (refused when it looks like a BSN).")
    ]
        string? About,
    [property: DefaultValue(false), Description("Offers anonymous consultation; false when left out.")]
        bool OffersAnonymousConsultation,
    [property: Description("When the entry was last confirmed correct.")] DateOnly? LastVerifiedOn,
    [property:
        MaxLength(ProfessionalInputRules.MaxMemberships),
        Description("Roles at organisations, at most 10; replaces the current ones.")
    ]
        IReadOnlyList<MembershipInput>? Memberships,
    [property:
        MaxLength(ProfessionalInputRules.MaxContactPoints),
        Description("Contact points, at most 10; replaces the current ones.")
    ]
        IReadOnlyList<ContactPointInput>? ContactPoints
);

[Description("A role at an organisation.")]
public sealed record MembershipInput(
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation.")] Guid OrganisationId,
    [property:
        Required,
        Length(1, ProfessionalInputRules.MaxRoleTitleLength),
        Description("The role, e.g. zorgcoördinator; at most 200 characters.")
    ]
        string? RoleTitle,
    [property: Required, Description("Start of the role.")] DateOnly? StartDate,
    [property: Description("End of the role, if it ended.")] DateOnly? EndDate,
    [property:
        DefaultValue(false),
        Description("The organisation's designated officer for radicalisation; false when left out.")
    ]
        bool IsDesignatedOfficer
);

/// <summary>A contact point; visibility defaults by channel (work e-mail: network, mobile: trusted).</summary>
[Description("A contact point of a professional with its visibility.")]
public sealed record ContactPointInput(
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property:
        Required,
        Length(1, ProfessionalInputRules.MaxContactValueLength),
        Description("The number or address, at most 320 characters.")
    ]
        string? Value,
    [property: Description("Who may see it; by channel when left out (work e-mail: network, mobile: trusted).")]
        VisibilityLevel? Visibility,
    [property: Description(
        "The id of one of the entry's contact points (contactPoints.id as read) to keep it, with who read it; left out for a new one."
    )]
        Guid? Id = null
);

/// <summary>List filters. Only non-personal terms go in a URL; the name search is a POST body (<see cref="ProfessionalSearch"/>).</summary>
public sealed record ProfessionalFilter(
    string? Municipality = null,
    string? Domain = null,
    Guid? Organisation = null,
    string? Profession = null,
    string? Expertise = null,
    string? Name = null,
    bool IncludeInactive = false,
    ListingStatus? Listing = null,
    bool OnlyInactive = false
);

public sealed record ProfessionalSearch(
    string? Name,
    string? Municipality,
    string? Domain,
    Guid? Organisation,
    string? Profession,
    string? Expertise,
    bool IncludeInactive,
    string? After,
    int? PageSize
);

/// <summary>Why the viewer does or does not see each of a professional's contact points.</summary>
[Description("Per contact point of one professional: whether you see it, and which rule decided.")]
public sealed record VisibilityExplanation(
    [property:
        References(typeof(ProfessionalDto)),
        Description("Global id of the professional whose contact points are explained.")
    ]
        Guid ProfessionalId,
    [property: Description("Your role as the rules saw it.")] string ViewerRole,
    [property: Description("One explanation per contact point, visible or not.")]
        IReadOnlyList<ContactPointExplanation> ContactPoints
);

[Description("Why one contact point is or is not visible to you.")]
public sealed record ContactPointExplanation(
    [property: Description("The contact point's id.")] Guid ContactPointId,
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property: Description("The level its owner chose.")] VisibilityLevel Visibility,
    [property: Description("Whether you see it.")] bool Visible,
    [property: Description("The rule that decided.")] string Rule,
    [property: Description("The decision in words, e.g. you and X confirmed trust at the workshop of 12 March.")]
        string Explanation
);
