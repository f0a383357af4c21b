namespace Network.Application.Covenants;

/// <summary>An information-sharing agreement: who signed it, for what purpose, for which period.</summary>
public sealed record CovenantDto(
    Guid Id,
    string Title,
    string Purpose,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    bool IsValidToday,
    IReadOnlyList<CovenantSignatoryDto> Signatories,
    IReadOnlyList<string> Municipalities,
    int Version);

/// <summary>
/// A signatory organisation. Only those the viewer may see are listed: an id they could not open would be a
/// dangling reference and would tell that the organisation exists.
/// </summary>
public sealed record CovenantSignatoryDto(Guid OrganisationId, string Name);

public sealed record CovenantInput(
    string? Title,
    string? Purpose,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<Guid>? Signatories,
    IReadOnlyList<string>? Municipalities);

public sealed record CovenantFilter(string? Municipality = null, Guid? Organisation = null);
