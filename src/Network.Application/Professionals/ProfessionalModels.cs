using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>
/// A professional as the viewer may see them: only visible contact points, only memberships of visible
/// organisations, optional fields only with the owner's consent.
/// </summary>
public sealed record ProfessionalDto(
    Guid Id,
    string GivenName,
    string FamilyName,
    string DisplayName,
    string ProfessionId,
    bool IsActive,
    ListingStatus ListingStatus,
    bool OffersAnonymousConsultation,
    IReadOnlyList<string> ExpertiseTags,
    IReadOnlyList<string>? Languages,
    string? About,
    bool OptionalFieldsConsent,
    DateOnly LastVerifiedOn,
    IReadOnlyList<MembershipDto> Memberships,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Domains,
    IReadOnlyList<ContactPointDto> ContactPoints,
    int Version,
    DateTimeOffset UpdatedAt);

public sealed record MembershipDto(Guid Id, Guid OrganisationId, string OrganisationName, string RoleTitle, DateOnly StartDate, DateOnly? EndDate, bool IsDesignatedOfficer);

public sealed record ContactPointDto(Guid Id, ContactChannel Channel, string Value, VisibilityLevel Visibility);

/// <summary>What coordinators set on a professional's entry. Server-owned fields (id, status, version, timestamps) are absent on purpose.</summary>
public sealed record ProfessionalInput(
    string? GivenName,
    string? FamilyName,
    string? ProfessionId,
    IReadOnlyList<string>? Municipalities,
    IReadOnlyList<string>? Domains,
    IReadOnlyList<string>? ExpertiseTags,
    IReadOnlyList<string>? Languages,
    string? About,
    bool OffersAnonymousConsultation,
    DateOnly? LastVerifiedOn,
    IReadOnlyList<MembershipInput>? Memberships,
    IReadOnlyList<ContactPointInput>? ContactPoints);

public sealed record MembershipInput(Guid OrganisationId, string? RoleTitle, DateOnly? StartDate, DateOnly? EndDate, bool IsDesignatedOfficer);

/// <summary>A contact point; visibility defaults by channel (work e-mail: network, mobile: trusted).</summary>
public sealed record ContactPointInput(ContactChannel Channel, string? Value, VisibilityLevel? Visibility);

/// <summary>List filters. Only non-personal terms go in a URL; the name search is a POST body (<see cref="ProfessionalSearch"/>).</summary>
public sealed record ProfessionalFilter(
    string? Municipality = null,
    string? Domain = null,
    Guid? Organisation = null,
    string? Profession = null,
    string? Expertise = null,
    string? Name = null,
    bool IncludeInactive = false);

public sealed record ProfessionalSearch(
    string? Name,
    string? Municipality,
    string? Domain,
    Guid? Organisation,
    string? Profession,
    string? Expertise,
    bool IncludeInactive,
    string? After,
    int? PageSize);

/// <summary>Why the viewer does or does not see each of a professional's contact points.</summary>
public sealed record VisibilityExplanation(Guid ProfessionalId, string ViewerRole, IReadOnlyList<ContactPointExplanation> ContactPoints);

public sealed record ContactPointExplanation(Guid ContactPointId, ContactChannel Channel, VisibilityLevel Visibility, bool Visible, string Rule, string Explanation);
