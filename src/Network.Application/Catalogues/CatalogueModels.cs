using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Application.Common;
using Network.Domain.Catalogues;
using Network.Domain.Municipalities;

namespace Network.Application.Catalogues;

[Description(
    "A municipality (gemeente), the tenant boundary: you see the networks of the municipalities you belong to."
)]
public sealed record MunicipalityDto(
    [property: Description("CBS code, e.g. GM9901.")] string Code,
    [property: Description("The municipality's name.")] string Name,
    [property: Description("How long confirmed trust lasts before it needs reconfirming, in months.")]
        int TrustValidityMonths
);

/// <summary>A new municipality (admins). <c>TrustValidityMonths</c> defaults to 24.</summary>
[Description("A new municipality (administrators).")]
public sealed record MunicipalityCreateInput(
    [property:
        Required,
        MaxLength(Municipality.CodeLength),
        RegularExpression(Municipality.CodePattern),
        Description("CBS code: GM and four digits.")
    ]
        string? Code,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("The name, at most 200 characters.")]
        string? Name,
    [property:
        Range(MunicipalityService.MinTrustValidityMonths, MunicipalityService.MaxTrustValidityMonths),
        Description("Trust validity in months, 1 to 120; 24 when left out.")
    ]
        int? TrustValidityMonths
);

/// <summary>A municipality's own settings, which its coordinators maintain; the code is fixed.</summary>
[Description("A municipality's own settings (its coordinators, administrators).")]
public sealed record MunicipalityUpdateInput(
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("The name, at most 200 characters.")]
        string? Name,
    [property:
        Required,
        Range(MunicipalityService.MinTrustValidityMonths, MunicipalityService.MaxTrustValidityMonths),
        Description("Trust validity in months, 1 to 120; moves the expiry of existing trust.")
    ]
        int? TrustValidityMonths
);

[Description("A domain professionals and organisations work in: youth, safety, education, care, social, municipality.")]
public sealed record DomainDto(
    [property: Description("Slug id, e.g. youth; used in filters.")] string Id,
    [property: Description("English name.")] string Name,
    [property: Description("Dutch name.")] string NameNl
);

[Description("A new domain (administrators).")]
public sealed record DomainCreateInput(
    [property:
        Required,
        Length(1, CatalogueRules.MaxIdLength),
        RegularExpression(CatalogueRules.SlugRegex),
        Description("Lowercase slug, e.g. youth.")
    ]
        string? Id,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl
);

[Description("A domain's names (administrators).")]
public sealed record DomainUpdateInput(
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl
);

[Description(
    "A profession (jeugdarts, wijkagent, ...) and the confidentiality regime that binds it. Information, not legal advice."
)]
public sealed record ProfessionDto(
    [property: Description("Slug id, e.g. youth-doctor; used in filters.")] string Id,
    [property: Description("English name.")] string Name,
    [property: Description("Dutch name.")] string NameNl,
    [property: Description("The confidentiality regime of the profession.")] ConfidentialityRegime Regime,
    [property: Description("Where the regime comes from (law or professional code).")] string LegalSource
);

[Description("A new profession (administrators).")]
public sealed record ProfessionCreateInput(
    [property:
        Required,
        Length(1, CatalogueRules.MaxIdLength),
        RegularExpression(CatalogueRules.SlugRegex),
        Description("Lowercase slug, e.g. youth-doctor.")
    ]
        string? Id,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl,
    [property: Required, Description("The confidentiality regime.")] ConfidentialityRegime? Regime,
    [property:
        Required,
        Length(1, CatalogueRules.MaxLegalSourceLength),
        Description("Where the regime comes from, at most 500 characters.")
    ]
        string? LegalSource
);

[Description("A profession's details (administrators).")]
public sealed record ProfessionUpdateInput(
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl,
    [property: Required, Description("The confidentiality regime.")] ConfidentialityRegime? Regime,
    [property:
        Required,
        Length(1, CatalogueRules.MaxLegalSourceLength),
        Description("Where the regime comes from, at most 500 characters.")
    ]
        string? LegalSource
);

[Description(
    "A kind of concern (radicalisation, polarisation, ... or 'something else is going on'); routes exist per concern type."
)]
public sealed record ConcernTypeDto(
    [property: Description("Slug id, e.g. radicalisation; used in filters.")] string Id,
    [property: Description("English name.")] string Name,
    [property: Description("Dutch name.")] string NameNl,
    [property: Description("What the concern type covers.")] string Description,
    [property: Description("Expertise tags of professionals who fit this concern.")] IReadOnlyList<string> ExpertiseTags
);

[Description("A new concern type (administrators).")]
public sealed record ConcernTypeCreateInput(
    [property:
        Required,
        Length(1, CatalogueRules.MaxIdLength),
        RegularExpression(CatalogueRules.SlugRegex),
        Description("Lowercase slug, e.g. radicalisation.")
    ]
        string? Id,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl,
    [property:
        Required,
        Length(1, CatalogueRules.MaxDescriptionLength),
        Description("What the concern type covers, at most 2000 characters.")
    ]
        string? Description,
    [property:
        Required,
        Length(1, ConcernTypeService.MaxTags),
        EachItem(MaxLength = CatalogueRules.MaxIdLength, Pattern = CatalogueRules.SlugRegex),
        Description("Expertise tags that fit this concern, 1 to 20; each a lowercase slug such as 'online-extremism'.")
    ]
        IReadOnlyList<string>? ExpertiseTags
);

[Description("A concern type's details (administrators).")]
public sealed record ConcernTypeUpdateInput(
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("English name, at most 200 characters.")]
        string? Name,
    [property: Required, Length(1, CatalogueRules.MaxNameLength), Description("Dutch name, at most 200 characters.")]
        string? NameNl,
    [property:
        Required,
        Length(1, CatalogueRules.MaxDescriptionLength),
        Description("What the concern type covers, at most 2000 characters.")
    ]
        string? Description,
    [property:
        Required,
        Length(1, ConcernTypeService.MaxTags),
        EachItem(MaxLength = CatalogueRules.MaxIdLength, Pattern = CatalogueRules.SlugRegex),
        Description("Expertise tags that fit this concern, 1 to 20; each a lowercase slug such as 'online-extremism'.")
    ]
        IReadOnlyList<string>? ExpertiseTags
);
