using System.ComponentModel;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Workshops;
using Network.Domain.Trust;

namespace Network.Application.Trust;

[Description(
    "Trust between two professionals: proposed by one, confirmed by the other, ageing until reconfirmed. "
        + "Visible to the two and to coordinators."
)]
public sealed record TrustRelationshipDto(
    Guid Id,
    [property: Description("Who proposed the trust.")] TrustParty Proposer,
    [property: Description("Who was asked to confirm it.")] TrustParty Recipient,
    [property: Description("The municipality whose validity period applies.")] string MunicipalityCode,
    [property: Description("Where the relationship stands.")] TrustStatus Status,
    [property: References(typeof(WorkshopDto)), Description("Global id of the workshop where they met, if any.")]
        Guid? WorkshopId,
    [property: Description("Title of that workshop (the provenance).")] string? WorkshopTitle,
    [property: Description("Date of that workshop.")] DateOnly? WorkshopDate,
    [property: Description("When it was proposed.")] DateTimeOffset ProposedAt,
    [property: Description("When it was first confirmed.")] DateTimeOffset? ConfirmedAt,
    [property: Description("When it was last (re)confirmed.")] DateTimeOffset? LastConfirmedAt,
    [property: Description("When confirmed trust expires unless reconfirmed.")] DateTimeOffset? ExpiresAt,
    [property: Description("When it was revoked.")] DateTimeOffset? RevokedAt,
    [property: Description("Changes with every transition; pass it as expectedVersion (REST: the ETag).")] int Version
);

[Description("One of the two professionals in a trust relationship.")]
public sealed record TrustParty(
    [property: References(typeof(ProfessionalDto)), Description("Global id of the professional.")] Guid Id,
    [property: Description("The professional's name.")] string DisplayName
);

/// <summary>Propose trust to another professional; the workshop where you met is the provenance, if any.</summary>
public sealed record ProposeTrustInput(Guid ProfessionalId, Guid? WorkshopId);

public sealed record TrustFilter(TrustStatus? Status = null, Guid? Professional = null, string? Municipality = null);
