using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Application.Covenants;

/// <summary>An information-sharing agreement: who signed it, for what purpose, for which period.</summary>
[Description(
    "An information-sharing agreement (convenant): organisations that signed it, its purpose and validity period."
)]
public sealed record CovenantDto(
    Guid Id,
    [property: Description("The covenant's title.")] string Title,
    [property: Description("What information may be shared for.")] string Purpose,
    [property: Description("First day of validity.")] DateOnly ValidFrom,
    [property: Description("Last day of validity; null when open-ended.")] DateOnly? ValidUntil,
    [property: Description("Whether it is valid today.")] bool IsValidToday,
    [property: Description("The organisations that signed.")] IReadOnlyList<CovenantSignatoryDto> Signatories,
    [property: Description("CBS codes of the municipalities it covers.")] IReadOnlyList<string> Municipalities,
    [property: Description("Changes with every update; pass it as expectedVersion (REST: the ETag).")] int Version
);

/// <summary>
/// A signatory organisation. Only those the viewer may see are listed: an id they could not open would be a
/// dangling reference and would tell that the organisation exists.
/// </summary>
[Description("An organisation that signed a covenant. Only signatories you may see are listed.")]
public sealed record CovenantSignatoryDto(
    [property: References(typeof(OrganisationDto)), Description("Global id of the organisation.")] Guid OrganisationId,
    [property: Description("The organisation's name.")] string Name
);

[Description("A covenant's details (coordinators of all its municipalities, admins).")]
public sealed record CovenantInput(
    [property: Required, Length(1, CovenantService.MaxTitleLength), Description("The title, at most 200 characters.")]
        string? Title,
    [property:
        Required,
        Length(1, CovenantService.MaxPurposeLength),
        Description("What information may be shared for, at most 1000 characters.")
    ]
        string? Purpose,
    [property: Required, Description("First day of validity.")] DateOnly? ValidFrom,
    [property: Description("Last day of validity, if any.")] DateOnly? ValidUntil,
    [property:
        Required,
        Length(1, CovenantService.MaxSignatories),
        References(typeof(OrganisationDto)),
        Description("Global ids of the signatory organisations, 1 to 50.")
    ]
        IReadOnlyList<Guid>? Signatories,
    [property:
        Required,
        Length(1, CovenantService.MaxMunicipalities),
        Description("CBS codes of the municipalities covered, 1 to 50.")
    ]
        IReadOnlyList<string>? Municipalities
);

public sealed record CovenantFilter(string? Municipality = null, Guid? Organisation = null);
