using Network.Domain.Contacts;

namespace Network.Application.Organisations;

public sealed record OrganisationDto(
    Guid Id,
    string Name,
    string Kind,
    bool IsActive,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<OrganisationContactPointDto> ContactPoints,
    int Version,
    DateTimeOffset UpdatedAt);

public sealed record OrganisationContactPointDto(ContactChannel Channel, string Value, string? Label);

/// <summary>What a coordinator may set on an organisation; server-owned fields are not here on purpose.</summary>
public sealed record OrganisationInput(
    string? Name,
    string? Kind,
    IReadOnlyList<string>? Domains,
    IReadOnlyList<string>? Municipalities,
    IReadOnlyList<OrganisationContactPointDto>? ContactPoints);

public sealed record OrganisationFilter(string? Municipality = null, string? Domain = null, string? Name = null, bool IncludeInactive = false);
