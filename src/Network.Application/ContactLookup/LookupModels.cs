using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Covenants;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;

namespace Network.Application.ContactLookup;

/// <summary>
/// "Who do I contact about a concern of this type?" Deliberately nothing about the client: the asker comes from
/// the token, and unknown fields in a request body are refused.
/// </summary>
[Description(
    "What the lookup is about: a concern type, optionally a domain, the step of the method and which of your municipalities. "
        + "Nothing about the client."
)]
public sealed record LookupRequest(
    [property: Required, Length(1, CatalogueRules.MaxIdLength), Description("Concern type id, e.g. radicalisation.")]
        string? ConcernType,
    [property:
        MaxLength(CatalogueRules.MaxIdLength),
        Description("Only contacts working in this domain (id), e.g. youth.")
    ]
        string? Domain = null,
    [property: Description("The step of the method you are at; the ladder shows the rungs that fit it.")]
        MethodStep? MethodStep = null,
    [property:
        Length(
            Network.Domain.Municipalities.Municipality.CodeLength,
            Network.Domain.Municipalities.Municipality.CodeLength
        ),
        RegularExpression(Network.Domain.Municipalities.Municipality.CodePattern),
        Description("Which of your municipality networks (CBS code); needed when you belong to several.")
    ]
        string? Municipality = null
);

[Description(
    "Whom to contact about a concern: the routing ladder, then suggested contacts best first, with what may be shared and why."
)]
public sealed record LookupAnswer(
    [property: Description("The concern type asked about.")] string ConcernType,
    [property: Description("The municipality network answered for (CBS code).")] string Municipality,
    [property: Description("The domain asked for, if any.")] string? Domain,
    [property: Description("The step of the method asked for, if any.")] MethodStep? MethodStep,
    [property: Description("The routing ladder for the concern in the municipality, first rung first.")]
        IReadOnlyList<LookupRouteStep> Route,
    [property: Description("Professionals with matching expertise, by trust distance, then most recently verified.")]
        IReadOnlyList<LookupContact> Contacts,
    [property: Description("What may be shared and on what ground; information, not legal advice.")] string Notice
);

/// <summary>One rung of the routing ladder, resolved for the asker.</summary>
[Description("One rung of the routing ladder, resolved for the asker (their own designated officer by name).")]
public sealed record LookupRouteStep(
    [property: Description("Position in the ladder, from 1.")] int Order,
    [property: Description("What kind of contact the rung is.")] RouteStepKind Kind,
    [property: Description("Which step of the method this rung fits.")] MethodStep MethodStep,
    [property: Description("Whether this rung offers anonymous consultation.")] bool OffersAnonymousConsultation,
    [property: Description("A coordinator's note.")] string? Note,
    [property: Description("The people to call at this rung, with the contact points you may see.")]
        IReadOnlyList<LookupPerson> People,
    [property: Description("The organisation of an organisation rung.")] LookupOrganisation? Organisation,
    [property: Description("Name of a national line or emergency number.")] string? LineName,
    [property: Description("Its phone number.")] string? LinePhone
);

[Description("A person on a rung of the ladder.")]
public sealed record LookupPerson(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid Id,
    [property: Description("Their name.")] string Name,
    [property: Description("Their profession's name.")] string Profession,
    [property: Description("The contact points you may see.")] IReadOnlyList<LookupContactPoint> ContactPoints
);

[Description("An organisation in a lookup answer, with its public channels.")]
public sealed record LookupOrganisation(
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation.")] Guid Id,
    [property: Description("Its name.")] string Name,
    [property: Description("The kind of organisation, e.g. school, ggd, police.")] string Kind,
    [property: Description("Its public channels.")] IReadOnlyList<LookupOrganisationContactPoint> ContactPoints
);

[Description("A public channel of an organisation.")]
public sealed record LookupOrganisationContactPoint(
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property: Description("The number or address.")] string Value,
    [property: Description("A label, e.g. switchboard.")] string? Label
);

/// <summary>A suggested contact, with what may be shared with them and why they were suggested.</summary>
[Description("A suggested contact: how to reach them, what may be shared with them, and why they were suggested.")]
public sealed record LookupContact(
    [property: Description("Position in the answer, from 1.")] int Rank,
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid Id,
    [property: Description("Their name.")] string Name,
    [property: Description("Their profession and its confidentiality regime.")] LookupProfession Profession,
    [property: Description("Whether they offer anonymous consultation.")] bool OffersAnonymousConsultation,
    [property: Description("Where they work.")] IReadOnlyList<LookupOrganisation> Organisations,
    [property: Description("The contact points you may see, each with the rule that allowed it.")]
        IReadOnlyList<LookupContactPoint> ContactPoints,
    [property: Description("Valid covenants that both your organisation and theirs signed.")]
        IReadOnlyList<LookupCovenant> SharedCovenants,
    [property: Description("1: confirmed mutual trust; 2: through one trusted person; 3; null: no trust path.")]
        int? TrustDistance,
    [property: Description("The trust path from you to them, hop by hop.")] IReadOnlyList<LookupTrustHop> TrustPath,
    [property: Description("Their expertise tags that match the concern.")] IReadOnlyList<string> MatchedExpertise,
    [property: Description("Why they were suggested, naming the trust path.")] string Reason,
    [property: Description("When they last confirmed their entry.")] DateOnly LastVerifiedOn,
    [property: Description("A warning when the entry was not verified for a year.")] string? StaleWarning
);

/// <summary>The profession's confidentiality regime and where it comes from (information, not legal advice).</summary>
[Description("A profession and its confidentiality regime (information, not legal advice).")]
public sealed record LookupProfession(
    [property: Description("The profession's id.")] string Id,
    [property: Description("Its name.")] string Name,
    [property: Description("What binds its secrecy.")] ConfidentialityRegime ConfidentialityRegime,
    [property: Description("Where that secrecy comes from.")] string LegalSource
);

/// <summary>A contact point the asker may see, with the visibility rule that allowed it.</summary>
[Description("A contact point you may see, with the visibility rule that allowed it.")]
public sealed record LookupContactPoint(
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property: Description("The number or address.")] string Value,
    [property: Description("Who may see it.")] VisibilityLevel Visibility,
    [property: Description("Why you may see it.")] string Why
);

[Description("A covenant both organisations signed: a possible ground for sharing personal data.")]
public sealed record LookupCovenant(
    [property: References(typeof(CovenantDto)), Description("Global id of the covenant.")] Guid Id,
    [property: Description("Its title.")] string Title,
    [property: Description("What may be shared for.")] string Purpose,
    [property: Description("First day of validity.")] DateOnly ValidFrom,
    [property: Description("Last day of validity; null when open-ended.")] DateOnly? ValidUntil
);

/// <summary>One step on the trust path from the asker: the person reached and where that trust was made.</summary>
[Description("One step on a trust path: the person reached and where that trust was made.")]
public sealed record LookupTrustHop(
    [property: Description("The person reached.")] string Name,
    [property: Description("When that trust was confirmed.")] DateOnly ConfirmedOn,
    [property: Description("The workshop where it was made, if any.")] string? WorkshopTitle,
    [property: Description("That workshop's date.")] DateOnly? WorkshopDate
);
