using Network.Domain.Catalogues;

namespace Network.Application.Catalogues;

public sealed record MunicipalityDto(string Code, string Name, int TrustValidityMonths);

/// <summary>A new municipality (admins). <c>TrustValidityMonths</c> defaults to 24.</summary>
public sealed record MunicipalityCreateInput(string? Code, string? Name, int? TrustValidityMonths);

/// <summary>A municipality's own settings, which its coordinators maintain; the code is fixed.</summary>
public sealed record MunicipalityUpdateInput(string? Name, int? TrustValidityMonths);

public sealed record DomainDto(string Id, string Name, string NameNl);

public sealed record DomainCreateInput(string? Id, string? Name, string? NameNl);

public sealed record DomainUpdateInput(string? Name, string? NameNl);

public sealed record ProfessionDto(string Id, string Name, string NameNl, ConfidentialityRegime Regime, string LegalSource);

public sealed record ProfessionCreateInput(string? Id, string? Name, string? NameNl, ConfidentialityRegime? Regime, string? LegalSource);

public sealed record ProfessionUpdateInput(string? Name, string? NameNl, ConfidentialityRegime? Regime, string? LegalSource);

public sealed record ConcernTypeDto(string Id, string Name, string NameNl, string Description, IReadOnlyList<string> ExpertiseTags);

public sealed record ConcernTypeCreateInput(string? Id, string? Name, string? NameNl, string? Description, IReadOnlyList<string>? ExpertiseTags);

public sealed record ConcernTypeUpdateInput(string? Name, string? NameNl, string? Description, IReadOnlyList<string>? ExpertiseTags);
