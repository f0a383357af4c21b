namespace Network.Application.Mail.Templates;

// The typed input of each template. Names are of professionals; no text about a young person can be a parameter.

/// <summary><paramref name="LinkPath"/>: the invitation's path in the web app (e.g. <c>/uitnodiging/{token}</c>).</summary>
public sealed record InvitationMail(
    string RecipientName,
    string MunicipalityName,
    string? WorkshopName,
    string LinkPath,
    DateTimeOffset ExpiresAt,
    MailLanguage Language
);

public sealed record InvitationReminderMail(
    string RecipientName,
    string MunicipalityName,
    string? WorkshopName,
    string LinkPath,
    DateTimeOffset ExpiresAt,
    MailLanguage Language
);

/// <summary><paramref name="ReconfirmPath"/>: the page that reconfirms this relationship with one button.</summary>
public sealed record TrustExpiryMail(
    string RecipientName,
    string OtherName,
    string MunicipalityName,
    DateTimeOffset ExpiresAt,
    string ReconfirmPath,
    MailLanguage Language
);

public sealed record VerifyEntryMail(string RecipientName, DateOnly LastVerifiedOn, MailLanguage Language);

public sealed record ProposalReminderMail(
    string RecipientName,
    string ProposerName,
    string MunicipalityName,
    DateTimeOffset ProposedAt,
    MailLanguage Language
);

/// <summary>What a coordinator's municipality needs this week: counts, and names of professionals only.</summary>
public sealed record CoordinatorDigestMail(
    string MunicipalityName,
    DateOnly WeekOf,
    IReadOnlyList<string> PendingPeople,
    int OpenProposals,
    int TrustExpiringSoon,
    int NotVerifiedForLong,
    MailLanguage Language
);
