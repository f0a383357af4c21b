using System.ComponentModel;

namespace Network.Domain.Accounts;

/// <summary>
/// A coordinator's invitation for a pending professional to sign in and claim their entry. The link's secret is
/// stored only as its SHA-256 hash; the link works once, until it expires or is revoked.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProfessionalId { get; init; }

    /// <summary>A reminder replaces it with a new link's hash: the link is never stored, so it cannot be sent again.</summary>
    public required string TokenHash { get; set; }
    public Guid? WorkshopId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedByAccountId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : RevokedAt is not null ? InvitationStatus.Revoked
        : ExpiresAt <= now ? InvitationStatus.Expired
        : InvitationStatus.Open;
}

[Description("Where an invitation stands.")]
public enum InvitationStatus
{
    [Description("Sent; the link works and has not been used.")]
    Open,

    [Description("The person signed in with the link and their account is linked to the entry.")]
    Accepted,

    [Description("Revoked by a coordinator, or replaced by a newer invitation.")]
    Revoked,

    [Description("Not used before its expiry.")]
    Expired,
}
