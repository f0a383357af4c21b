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
    Guid? WorkshopId
)
{
    /// <summary>The edge for a relationship as of <paramref name="now"/>, by the domain's own rule; null when it grants no trust.</summary>
    public static TrustEdge? From(TrustRelationship t, DateTimeOffset now)
    {
        if (!t.GrantsVisibility(now))
            return null;
        var confirmed = t.LastConfirmedAt ?? t.ConfirmedAt ?? t.ProposedAt;
        return new TrustEdge(
            t.Id,
            t.ProposerId,
            t.RecipientId,
            t.ExpiresAt?.UtcTicks ?? long.MaxValue,
            DateOnly.FromDateTime(confirmed.UtcDateTime),
            t.WorkshopId
        );
    }

    public bool IsValidAt(long utcTicks) => utcTicks < ExpiresAtUtcTicks;
}
