using System.ComponentModel;

namespace Network.Domain.Trust;

/// <summary>
/// Mutual trust between two professionals, as built at a workshop. Proposed by one, confirmed by the other,
/// revoked by either; it ages and needs reconfirming after the municipality's validity period.
/// </summary>
public sealed class TrustRelationship
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProposerId { get; init; }
    public Guid RecipientId { get; init; }

    /// <summary>The network the trust was made in; its validity period applies.</summary>
    public required string MunicipalityCode { get; init; }
    public TrustStatus Status { get; set; } = TrustStatus.Proposed;

    /// <summary>Provenance: the workshop where the two met, if any.</summary>
    public Guid? WorkshopId { get; init; }
    public DateTimeOffset ProposedAt { get; init; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? LastConfirmedAt { get; set; }

    /// <summary>
    /// When confirmed trust lapses unless reconfirmed: last confirmation plus the municipality's validity
    /// period. Stored (not computed on read) so lists can filter and page on it in SQL.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? RevokedById { get; set; }
    public int Version { get; set; } = 1;

    public bool Involves(Guid professionalId) => ProposerId == professionalId || RecipientId == professionalId;

    public Guid Other(Guid professionalId) => ProposerId == professionalId ? RecipientId : ProposerId;

    /// <summary>Confirms (or reconfirms) as of <paramref name="now"/> for <paramref name="validityMonths"/>.</summary>
    public void MarkConfirmed(DateTimeOffset now, int validityMonths)
    {
        Status = TrustStatus.Confirmed;
        ConfirmedAt ??= now;
        LastConfirmedAt = now;
        ExpiresAt = now.AddMonths(validityMonths);
    }

    /// <summary>The status as of <paramref name="now"/>: confirmed trust past its expiry reads as expired.</summary>
    public TrustStatus EffectiveStatus(DateTimeOffset now) =>
        Status == TrustStatus.Confirmed && ExpiresAt <= now ? TrustStatus.Expired : Status;

    public bool GrantsVisibility(DateTimeOffset now) => EffectiveStatus(now) == TrustStatus.Confirmed;
}

[Description("Where a trust relationship stands.")]
public enum TrustStatus
{
    [Description("Proposed by one professional, waiting for the other to confirm.")]
    Proposed,

    [Description("Confirmed by both; grants visibility of trusted contact points until it expires.")]
    Confirmed,

    [Description("Withdrawn by either person.")]
    Revoked,

    [Description("Not reconfirmed within the municipality's validity period.")]
    Expired,
}
