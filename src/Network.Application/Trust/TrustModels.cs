using Network.Domain.Trust;

namespace Network.Application.Trust;

public sealed record TrustRelationshipDto(
    Guid Id,
    TrustParty Proposer,
    TrustParty Recipient,
    string MunicipalityCode,
    TrustStatus Status,
    Guid? WorkshopId,
    string? WorkshopTitle,
    DateOnly? WorkshopDate,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? LastConfirmedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    int Version);

public sealed record TrustParty(Guid Id, string DisplayName);

/// <summary>Propose trust to another professional; the workshop where you met is the provenance, if any.</summary>
public sealed record ProposeTrustInput(Guid ProfessionalId, Guid? WorkshopId);

public sealed record TrustFilter(TrustStatus? Status = null, Guid? Professional = null, string? Municipality = null);
