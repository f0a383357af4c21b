using Network.Api.Tests.Infrastructure.World;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Authorization;

/// <summary>The principals every operation is tried as.</summary>
public enum Principal
{
    Anonymous,
    ProfessionalA,
    ProfessionalB,
    CoordinatorA,
    CoordinatorB,
    System,
    Admin,
}

public static class Principals
{
    /// <summary>A client signed in as <paramref name="principal"/> of <paramref name="cell"/> (none for anonymous).</summary>
    public static HttpClient ClientFor(this TestWorld world, MatrixCell cell, Principal principal) =>
        world.As(
            principal switch
            {
                Principal.Anonymous => null,
                Principal.ProfessionalA => new DemoUser(
                    "matrix-a",
                    ViewerRole.Professional,
                    cell.ProfessionalA,
                    [TestWorld.A],
                    [],
                    ""
                ),
                Principal.ProfessionalB => new DemoUser(
                    "matrix-b",
                    ViewerRole.Professional,
                    cell.ProfessionalB,
                    [TestWorld.B],
                    [],
                    ""
                ),
                Principal.CoordinatorA => Demo("coordinator.amberveen"),
                Principal.CoordinatorB => Demo("coordinator.lindewaard"),
                Principal.System => Demo("system.amberveen"),
                _ => Demo("admin"),
            }
        );

    private static DemoUser Demo(string login) => DemoNetwork.Users.Single(u => u.Login == login);
}
