using System.ComponentModel;
using Network.Application.Mail;
using Network.Domain.Accounts;

namespace Network.Application.Accounts;

[Description("An invitation for a person to sign in and claim their entry. The link itself is only in the e-mail.")]
public sealed record InvitationDto(
    Guid Id,
    Guid ProfessionalId,
    [property: Description("The invited person's name, as in their entry.")] string ProfessionalName,
    [property: Description("The workshop the person took part in, named in the e-mail; absent when invited by hand.")]
        Guid? WorkshopId,
    InvitationStatus Status,
    DateTimeOffset CreatedAt,
    [property: Description("Until when the link works; a newer invitation for the same person revokes this one.")]
        DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt
);

[Description("Invites a person: an e-mail with a single-use link goes to the address in their entry.")]
public sealed record InvitationInput(
    [property: Description(
        "A workshop the person took part in, named in the e-mail. Default: the last workshop they attended."
    )]
        Guid? WorkshopId,
    [property: Description("The e-mail's language: `nl` (default) or `en`.")] MailLanguage? Language
);

public sealed record InvitationFilter(string? Municipality, InvitationStatus? Status);

/// <summary>What an open invitation link shows before and after sign-in; only its holder sees it.</summary>
public sealed record InvitationView(
    Guid ProfessionalId,
    string ProfessionalName,
    string MunicipalityName,
    string? WorkshopTitle,
    DateTimeOffset ExpiresAt
);

public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    /// <summary>How long an invitation link works.</summary>
    public int ValidDays { get; set; } = 14;
}
