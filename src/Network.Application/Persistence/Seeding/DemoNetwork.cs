using Network.Application.Access;

namespace Network.Application.Persistence.Seeding;

/// <summary>A demo login: the Development token issuer signs tokens for these.</summary>
public sealed record DemoUser(string Login, ViewerRole Role, Guid? ProfessionalId, IReadOnlyList<string> Municipalities, IReadOnlyList<string> Scopes, string Description);

/// <summary>The fictional demo network seeded on first start in Development. (Filled in by the demo-data work.)</summary>
public static partial class DemoNetwork
{
    public const string Amberveen = "GM9901";
    public const string Lindewaard = "GM9902";

    public static Task SeedAsync(NetworkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        db.Municipalities.Add(new() { Code = Amberveen, Name = "Amberveen" });
        db.Municipalities.Add(new() { Code = Lindewaard, Name = "Lindewaard" });
        return db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin", ViewerRole.Admin, null, [], [], "Platform administrator"),
        new("coordinator.amberveen", ViewerRole.Coordinator, null, [Amberveen], [], "Network coordinator of Amberveen"),
        new("coordinator.lindewaard", ViewerRole.Coordinator, null, [Lindewaard], [], "Network coordinator of Lindewaard"),
        new("system.amberveen", ViewerRole.System, null, [Amberveen], [NetworkClaims.ScopeDirectoryRead, NetworkClaims.ScopeLookup], "Amberveen's case system (client credentials)"),
    ];
}
