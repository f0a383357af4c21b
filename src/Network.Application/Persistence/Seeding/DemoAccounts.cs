using Network.Domain.Accounts;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    /// <summary>
    /// One account as a configured identity provider would have created it, so the accounts API shows something in
    /// the demo. The demo logins themselves use Development tokens, which carry their roles and need no account.
    /// </summary>
    private static Account YouthDoctorAccount(DateTimeOffset now) =>
        new()
        {
            Id = Ids.YouthDoctorAccount,
            Issuer = "https://login.amberveen.example",
            Subject = "demo-youth-doctor",
            VerifiedEmail = "c.dewit@zorgmail.example",
            DisplayName = "Charlotte de Wit",
            ProfessionalId = Ids.YouthDoctorAmberveen,
            CreatedAt = now,
            LastSignInAt = now,
        };
}
