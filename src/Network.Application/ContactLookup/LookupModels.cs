using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;

namespace Network.Application.ContactLookup;

/// <summary>
/// "Who do I contact about a concern of this type?" Deliberately nothing about the client: the asker comes from
/// the token, and unknown fields in a request body are refused.
/// </summary>
public sealed record LookupRequest(string? ConcernType, string? Domain = null, MethodStep? MethodStep = null, string? Municipality = null);

public sealed record LookupAnswer(
    string ConcernType,
    string Municipality,
    string? Domain,
    MethodStep? MethodStep,
    IReadOnlyList<LookupRouteStep> Route,
    IReadOnlyList<LookupContact> Contacts,
    string Notice);

/// <summary>One rung of the routing ladder, resolved for the asker.</summary>
public sealed record LookupRouteStep(
    int Order,
    RouteStepKind Kind,
    MethodStep MethodStep,
    bool OffersAnonymousConsultation,
    string? Note,
    IReadOnlyList<LookupPerson> People,
    LookupOrganisation? Organisation,
    string? LineName,
    string? LinePhone);

public sealed record LookupPerson(Guid Id, string Name, string Profession, IReadOnlyList<LookupContactPoint> ContactPoints);

public sealed record LookupOrganisation(Guid Id, string Name, string Kind, IReadOnlyList<LookupOrganisationContactPoint> ContactPoints);

public sealed record LookupOrganisationContactPoint(ContactChannel Channel, string Value, string? Label);

/// <summary>A suggested contact, with what may be shared with them and why they were suggested.</summary>
public sealed record LookupContact(
    int Rank,
    Guid Id,
    string Name,
    LookupProfession Profession,
    bool OffersAnonymousConsultation,
    IReadOnlyList<LookupOrganisation> Organisations,
    IReadOnlyList<LookupContactPoint> ContactPoints,
    IReadOnlyList<LookupCovenant> SharedCovenants,
    int? TrustDistance,
    IReadOnlyList<LookupTrustHop> TrustPath,
    IReadOnlyList<string> MatchedExpertise,
    string Reason,
    DateOnly LastVerifiedOn,
    string? StaleWarning);

/// <summary>The profession's confidentiality regime and where it comes from (information, not legal advice).</summary>
public sealed record LookupProfession(string Id, string Name, ConfidentialityRegime ConfidentialityRegime, string LegalSource);

/// <summary>A contact point the asker may see, with the visibility rule that allowed it.</summary>
public sealed record LookupContactPoint(ContactChannel Channel, string Value, VisibilityLevel Visibility, string Why);

public sealed record LookupCovenant(Guid Id, string Title, string Purpose, DateOnly ValidFrom, DateOnly? ValidUntil);

/// <summary>One step on the trust path from the asker: the person reached and where that trust was made.</summary>
public sealed record LookupTrustHop(string Name, DateOnly ConfirmedOn, string? WorkshopTitle, DateOnly? WorkshopDate);
