using Network.Domain.Municipalities;

namespace Network.Application.Persistence.Seeding;

/// <summary>
/// The fictional demo network seeded on first start in Development: two municipalities, their organisations,
/// professionals, workshops with the trust they built, routing and a covenant. Only fictional names and
/// obviously fake contact details. Dates are fixed for reproducibility and chosen so that, seen from late 2026,
/// most entries are recent, a few are stale and one trust relationship has expired. Ids: see <see cref="Ids"/>.
/// </summary>
public static partial class DemoNetwork
{
    public const string Amberveen = "GM9901";
    public const string Lindewaard = "GM9902";

    /// <summary>Lindewaard asks for reconfirmation sooner than Amberveen, so the demo shows the setting at work.</summary>
    public const int AmberveenTrustValidityMonths = 24,
        LindewaardTrustValidityMonths = 18;

    private static int TrustValidityMonths(string municipality) =>
        municipality == Amberveen ? AmberveenTrustValidityMonths : LindewaardTrustValidityMonths;

    public static async Task SeedAsync(NetworkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Rows record when they were created; the demo content itself does not depend on today.
        var now = clock.GetUtcNow();
        db.Municipalities.AddRange(
            new Municipality
            {
                Code = Amberveen,
                Name = "Amberveen",
                TrustValidityMonths = AmberveenTrustValidityMonths,
            },
            new Municipality
            {
                Code = Lindewaard,
                Name = "Lindewaard",
                TrustValidityMonths = LindewaardTrustValidityMonths,
            }
        );
        db.Organisations.AddRange(Organisations(now));
        db.Professionals.AddRange(Professionals(now));
        db.Workshops.AddRange(Workshops(now));
        db.WorkshopOutcomeItems.AddRange(OutcomeItems());
        db.WorkshopAgreements.AddRange(Agreements());
        db.WorkshopEvaluations.AddRange(Evaluations());
        db.TrustRelationships.AddRange(TrustRelationships());
        db.Routes.AddRange(Routes(now));
        db.Covenants.Add(SafetyHouseCovenant());
        db.Accounts.Add(YouthDoctorAccount(now));
        await db.SaveChangesAsync(ct);
    }
}
