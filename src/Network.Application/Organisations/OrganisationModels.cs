using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Domain.Contacts;

namespace Network.Application.Organisations;

[Description(
    "A school, GGD, youth care provider, police unit, Veiligheidshuis, ... in the network. Deactivated, never deleted."
)]
public sealed record OrganisationDto(
    Guid Id,
    [property: Description("The organisation's name.")] string Name,
    [property: Description("A free label for the kind of organisation, e.g. school, ggd, police.")] string Kind,
    [property: Description("False once deactivated: kept for history, hidden from professionals.")] bool IsActive,
    [property: Description("Ids of the domains (youth, safety, education, ...) the organisation works in.")]
        IReadOnlyList<string> Domains,
    [property: Description("CBS codes of the municipalities the organisation serves (e.g. GM9901).")]
        IReadOnlyList<string> Municipalities,
    [property: Description("Public channels of the organisation: switchboard, general mail.")]
        IReadOnlyList<OrganisationContactPointDto> ContactPoints,
    [property: Description(
        "Changes with every update; pass it as expectedVersion so concurrent changes are not lost (REST: the ETag)."
    )]
        int Version,
    [property: Description("When the organisation last changed (UTC).")] DateTimeOffset UpdatedAt
);

[Description(
    "A public channel of an organisation, such as its switchboard; always visible to whoever sees the organisation."
)]
public sealed record OrganisationContactPointDto(
    [property: Description("How it is reached.")] ContactChannel Channel,
    [property:
        MaxLength(OrganisationService.MaxContactValueLength),
        Description("The number or address, at most 320 characters.")
    ]
        string Value,
    [property:
        MaxLength(OrganisationService.MaxContactLabelLength),
        Description("What it is for, e.g. Switchboard; at most 100 characters.")
    ]
        string? Label
);

/// <summary>What a coordinator may set on an organisation; server-owned fields are not here on purpose.</summary>
[Description("An organisation's details. Field errors (VALIDATION_FAILED) are keyed by these field names.")]
public sealed record OrganisationInput(
    [property: Required, Length(1, OrganisationService.MaxNameLength), Description("The name, at most 200 characters.")]
        string? Name,
    [property:
        Required,
        Length(1, OrganisationService.MaxKindLength),
        Description("A free label such as school, ggd, police; at most 60 characters.")
    ]
        string? Kind,
    [property: Required, Length(1, OrganisationService.MaxDomains), Description("Domain ids, 1 to 10.")]
        IReadOnlyList<string>? Domains,
    [property:
        Required,
        Length(1, OrganisationService.MaxMunicipalities),
        Description("CBS codes of the municipalities served, 1 to 50; coordinators may only add or remove their own.")
    ]
        IReadOnlyList<string>? Municipalities,
    [property:
        MaxLength(OrganisationService.MaxContactPoints),
        Description("Public channels, at most 10; replaces the current ones.")
    ]
        IReadOnlyList<OrganisationContactPointDto>? ContactPoints
);

public sealed record OrganisationFilter(
    string? Municipality = null,
    string? Domain = null,
    string? Name = null,
    bool IncludeInactive = false
);
