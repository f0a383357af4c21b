using Network.Domain.Trust;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    private static DateTimeOffset At(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>
    /// The trust the workshops built: pairs (proposer, recipient) of professional numbers confirmed at the end of
    /// the workshop day, plus the other states a network shows over time. Several people have no trust at all.
    /// </summary>
    private static IEnumerable<TrustRelationship> TrustRelationships()
    {
        (int, int)[] amberveen =
        [
            (1, 2),
            (1, 6),
            (1, 15),
            (1, 18),
            (1, 3),
            (2, 6),
            (2, 14),
            (3, 4),
            (3, 12),
            (3, 6),
            (6, 7),
            (6, 18),
            (12, 11),
            (13, 14),
            (13, 15),
            (15, 18),
            (46, 2),
            (46, 6),
        ];
        (int, int)[] lindewaard =
        [
            (27, 30),
            (27, 29),
            (27, 32),
            (28, 29),
            (28, 30),
            (29, 33),
            (30, 42),
            (31, 40),
            (33, 35),
            (35, 36),
            (32, 28),
            (46, 36),
            (46, 30),
            (40, 35),
        ];

        var n = 0;
        foreach (var (a, b) in amberveen)
            yield return Confirmed(++n, a, b, Amberveen, Ids.WorkshopAmberveen, AmberveenWorkshopDate);

        // Proposed at or after the workshop and not (yet) confirmed.
        yield return Proposed(19, 13, 18, Amberveen, Ids.WorkshopAmberveen, At(AmberveenWorkshopDate, 15));
        yield return Proposed(20, 4, 1, Amberveen, null, At(new DateOnly(2026, 11, 2), 9));

        // Confirmed at the workshop, later revoked by the police officer.
        var revoked = Confirmed(21, 7, 18, Amberveen, Ids.WorkshopAmberveen, AmberveenWorkshopDate);
        revoked.Status = TrustStatus.Revoked;
        revoked.RevokedAt = At(new DateOnly(2026, 7, 1), 10);
        revoked.RevokedById = Ids.Of(Ids.ProfessionalKind, 18);
        yield return revoked;

        n = 21;
        foreach (var (a, b) in lindewaard)
            yield return Confirmed(++n, a, b, Lindewaard, Ids.WorkshopLindewaard, LindewaardWorkshopDate);
        yield return Proposed(36, 36, 27, Lindewaard, Ids.WorkshopLindewaard, At(LindewaardWorkshopDate, 15));

        // Confirmed long before the workshop and never reconfirmed: stored as confirmed, read as expired under
        // Lindewaard's 18 months (it would still hold under Amberveen's 24).
        yield return Confirmed(40, 27, 37, Lindewaard, null, new DateOnly(2025, 3, 10));
    }

    private static TrustRelationship Confirmed(
        int n,
        int proposer,
        int recipient,
        string municipality,
        Guid? workshop,
        DateOnly day
    )
    {
        var trust = Proposed(n, proposer, recipient, municipality, workshop, At(day, 14));
        trust.MarkConfirmed(At(day, 16), TrustValidityMonths(municipality));
        return trust;
    }

    private static TrustRelationship Proposed(
        int n,
        int proposer,
        int recipient,
        string municipality,
        Guid? workshop,
        DateTimeOffset at
    ) =>
        new()
        {
            Id = Ids.Of(Ids.TrustKind, n),
            ProposerId = Ids.Of(Ids.ProfessionalKind, proposer),
            RecipientId = Ids.Of(Ids.ProfessionalKind, recipient),
            MunicipalityCode = municipality,
            WorkshopId = workshop,
            Status = TrustStatus.Proposed,
            ProposedAt = at,
        };
}
