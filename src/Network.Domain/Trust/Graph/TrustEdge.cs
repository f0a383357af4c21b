namespace Network.Domain.Trust.Graph;

/// <summary>
/// One confirmed trust relationship as the graph sees it: who, until when it counts, and where it came from
/// (for explanations such as "you → A (workshop 12 March 2026) → B").
/// </summary>
/// <param name="ExpiresAtUtcTicks">UTC ticks from which the trust no longer counts; <see cref="long.MaxValue"/> when it never expires.</param>
public readonly record struct TrustEdge(
    Guid RelationshipId,
    Guid ProposerId,
    Guid RecipientId,
    long ExpiresAtUtcTicks,
    DateOnly ConfirmedOn,
    Guid? WorkshopId)
{
    /// <summary>The edge as of a relationship and its municipality's validity period, using the domain's own expiry rule.</summary>
    public static TrustEdge? From(TrustRelationship t, int validityMonths, DateTimeOffset now)
    {
        if (!t.GrantsVisibility(now, validityMonths)) return null;
        var expires = t.ExpiresAt(validityMonths)?.UtcTicks ?? long.MaxValue;
        var confirmed = t.LastConfirmedAt ?? t.ConfirmedAt ?? t.ProposedAt;
        return new TrustEdge(t.Id, t.ProposerId, t.RecipientId, expires, DateOnly.FromDateTime(confirmed.UtcDateTime), t.WorkshopId);
    }

    public bool IsValidAt(long utcTicks) => utcTicks < ExpiresAtUtcTicks;
}
