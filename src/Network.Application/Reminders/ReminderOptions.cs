namespace Network.Application.Reminders;

/// <summary>Settings under <c>Reminders</c>; every period can be set per municipality under <c>Municipalities:{code}</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>False: the scheduler queues no reminders (the outbox still sends what others queue).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often an instance looks for occasions; one instance at a time does (a lease in the store).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public ReminderPeriods Defaults { get; set; } = new();

    /// <summary>Per CBS code: the periods that differ from <see cref="Defaults"/> there.</summary>
    public Dictionary<string, ReminderPeriods> Municipalities { get; set; } = [];

    public ReminderPeriods For(string municipality) =>
        Municipalities.TryGetValue(municipality, out var own) ? own.Over(Defaults) : Defaults;
}

/// <summary>When each reminder is due. Unset values (in a municipality's override) fall back to the defaults.</summary>
public sealed class ReminderPeriods
{
    /// <summary>Trust that expires within this many days gets a reminder to reconfirm.</summary>
    public int? TrustExpiryDays { get; set; } = 30;

    /// <summary>An entry not verified for this many months gets "is this still right?".</summary>
    public int? VerifyAfterMonths { get; set; } = 11;

    /// <summary>A trust proposal unanswered for this many days reminds the one who must answer.</summary>
    public int? ProposalAfterDays { get; set; } = 7;

    /// <summary>An invitation not accepted after this many days is sent once more (with a new link).</summary>
    public int? InvitationAfterDays { get; set; } = 3;

    /// <summary>The coordinators' weekly digest goes on this day.</summary>
    public DayOfWeek? DigestDay { get; set; } = DayOfWeek.Monday;

    internal ReminderPeriods Over(ReminderPeriods defaults) =>
        new()
        {
            TrustExpiryDays = TrustExpiryDays ?? defaults.TrustExpiryDays,
            VerifyAfterMonths = VerifyAfterMonths ?? defaults.VerifyAfterMonths,
            ProposalAfterDays = ProposalAfterDays ?? defaults.ProposalAfterDays,
            InvitationAfterDays = InvitationAfterDays ?? defaults.InvitationAfterDays,
            DigestDay = DigestDay ?? defaults.DigestDay,
        };

    internal bool IsValid =>
        TrustExpiryDays is null or (> 0 and <= 365)
        && VerifyAfterMonths is null or (> 0 and <= 60)
        && ProposalAfterDays is null or (> 0 and <= 365)
        && InvitationAfterDays is null or (> 0 and <= 90);
}
