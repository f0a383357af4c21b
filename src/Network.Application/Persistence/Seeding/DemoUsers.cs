using Network.Application.Access;

namespace Network.Application.Persistence.Seeding;

/// <summary>A demo login: the Development token issuer signs tokens for these.</summary>
public sealed record DemoUser(
    string Login,
    ViewerRole Role,
    Guid? ProfessionalId,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Scopes,
    string Description
);

public static partial class DemoNetwork
{
    /// <summary>The demo logins; each description says what it demonstrates.</summary>
    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("admin", ViewerRole.Admin, null, [], [], "Platform administrator: sees everything, edits the catalogues"),
        new(
            "coordinator.amberveen",
            ViewerRole.Coordinator,
            null,
            [Amberveen],
            [],
            "Network coordinator of Amberveen: maintains Amberveen, sees nothing of Lindewaard"
        ),
        new(
            "coordinator.lindewaard",
            ViewerRole.Coordinator,
            null,
            [Lindewaard],
            [],
            "Network coordinator of Lindewaard: maintains Lindewaard, sees nothing of Amberveen"
        ),
        new(
            "system.amberveen",
            ViewerRole.System,
            null,
            [Amberveen],
            [NetworkClaims.ScopeDirectoryRead, NetworkClaims.ScopeLookup],
            "Amberveen's case system (client credentials): organisations, routes and public contact points only"
        ),
        new(
            "system.noscope",
            ViewerRole.System,
            null,
            [Amberveen],
            [],
            "A system client without directory scope: authenticated, yet may read nothing"
        ),
        new(
            "teacher.amberveen",
            ViewerRole.Professional,
            Ids.TeacherAmberveen,
            [Amberveen],
            [],
            "Anouk van der Meer, teacher in Amberveen: confirmed trust with five people, so she sees their mobile numbers; one proposal awaits her"
        ),
        new(
            "youth-doctor.amberveen",
            ViewerRole.Professional,
            Ids.YouthDoctorAmberveen,
            [Amberveen],
            [],
            "Charlotte de Wit, youth doctor (medical secrecy) in Amberveen with trust from the workshop"
        ),
        new(
            "police.lindewaard",
            ViewerRole.Professional,
            Ids.PoliceOfficerLindewaard,
            [Lindewaard],
            [],
            "Wouter Dijkstra, community police officer in Lindewaard; one of his trust relationships has expired"
        ),
        new(
            "facilitator.amberveen",
            ViewerRole.Professional,
            Ids.MunicipalContactAmberveen,
            [Amberveen],
            [],
            "Femke Jansen, municipal contact point and facilitator of Amberveen's workshop: may record its outcomes"
        ),
        new(
            "newcomer.amberveen",
            ViewerRole.Professional,
            Ids.NewcomerAmberveen,
            [Amberveen],
            [],
            "Sanne Kramer, teacher in Amberveen with no trust at all: sees work contact points, never mobiles"
        ),
        new(
            "social-worker.both",
            ViewerRole.Professional,
            Ids.SocialWorkerBothMunicipalities,
            [Amberveen, Lindewaard],
            [],
            "Nadia El Amrani, school social worker with roles in both municipalities and trust in each"
        ),
    ];
}
