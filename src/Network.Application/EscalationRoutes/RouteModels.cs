using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Domain.EscalationRoutes;

namespace Network.Application.EscalationRoutes;

/// <summary>The escalation ladder for one concern type in one municipality; steps are in order.</summary>
[Description("The escalation ladder (aanspreekpunten) for one concern type in one municipality; steps in order.")]
public sealed record RouteDto(
    Guid Id,
    [property: Description("CBS code of the municipality.")] string Municipality,
    [property: Description("Id of the concern type.")] string ConcernType,
    [property: Description("The rungs, first to last.")] IReadOnlyList<RouteStepDto> Steps,
    [property: Description("Changes with every update; pass it as expectedVersion (REST: the ETag).")] int Version,
    [property: Description("When the ladder last changed (UTC).")] DateTimeOffset UpdatedAt
);

/// <summary>
/// One rung. <c>ProfessionalName</c> and <c>OrganisationName</c> are filled in when the viewer may see that
/// professional or organisation; <c>OwnDesignatedOfficer</c> is resolved per asker by the lookup.
/// </summary>
[Description(
    "One rung: a professional, an organisation, a national line or emergency; names only when you may see them."
)]
public sealed record RouteStepDto(
    [property: Description("Position in the ladder, from 1.")] int Order,
    [property: Description("What kind of contact the rung is.")] RouteStepKind Kind,
    [property:
        References(typeof(ProfessionalDto)),
        Description("Global id of the professional, for professional rungs.")
    ]
        Guid? ProfessionalId,
    [property: Description("The professional's name, when you may see them.")] string? ProfessionalName,
    [property:
        References(typeof(OrganisationDto)),
        Description("Global id of the organisation, for organisation rungs.")
    ]
        Guid? OrganisationId,
    [property: Description("The organisation's name, when you may see it.")] string? OrganisationName,
    [property: Description("Name of a national line, e.g. Landelijk Steunpunt Extremisme.")] string? LineName,
    [property: Description("Phone number of that line.")] string? LinePhone,
    [property: Description("Whether this rung offers anonymous consultation.")] bool OffersAnonymousConsultation,
    [property: Description("Which step of the method this rung fits.")] MethodStep MethodStep,
    [property: Description("A coordinator's note.")] string? Note
);

/// <summary>
/// A rung as a coordinator writes it; its position in the list is its order. <c>MethodStep</c> defaults to
/// emergency for emergency steps and to anonymous consultation otherwise.
/// </summary>
[Description("One rung as a coordinator writes it; its position in the list is its order.")]
public sealed record RouteStepInput(
    [property: Required, Description("What kind of contact.")] RouteStepKind? Kind,
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional (professional rungs).")]
        Guid? ProfessionalId = null,
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation (organisation rungs).")]
        Guid? OrganisationId = null,
    [property:
        MaxLength(RouteSteps.MaxLineNameLength),
        Description(
            "Name of the line, at most 200 characters: required on nationalLine and emergency rungs, absent on others."
        )
    ]
        string? LineName = null,
    [property:
        MaxLength(RouteSteps.MaxLinePhoneLength),
        RegularExpression(RouteSteps.PhoneRegex),
        Description(
            "The line's phone number (digits, spaces, +, - and parentheses): required on nationalLine and emergency rungs, absent on others."
        )
    ]
        string? LinePhone = null,
    [property: Description("Whether the rung offers anonymous consultation.")] bool? OffersAnonymousConsultation = null,
    [property: Description(
        "Which step of the method; emergency for emergency rungs, else anonymous consultation, when left out."
    )]
        MethodStep? MethodStep = null,
    [property: MaxLength(RouteSteps.MaxNoteLength), Description("A note for askers, at most 500 characters.")]
        string? Note = null
);

[Description("A new ladder for a concern type in a municipality (its coordinators, admins).")]
public sealed record RouteCreateInput(
    [property: Required, Length(1, Network.Domain.Municipalities.Municipality.CodeLength), Description("CBS code.")]
        string? Municipality,
    [property: Required, Length(1, CatalogueRules.MaxIdLength), Description("Concern type id.")] string? ConcernType,
    [property: Required, Length(1, RouteSteps.MaxSteps), Description("The rungs in order, 1 to 10.")]
        IReadOnlyList<RouteStepInput>? Steps
);

/// <summary>Replaces the whole ladder; municipality and concern type are fixed once created.</summary>
[Description("A ladder's new rungs; municipality and concern type stay as created.")]
public sealed record RouteUpdateInput(
    [property: Required, Length(1, RouteSteps.MaxSteps), Description("The rungs in order, 1 to 10.")]
        IReadOnlyList<RouteStepInput>? Steps
);

public sealed record RouteFilter(string? Municipality = null, string? ConcernType = null);
