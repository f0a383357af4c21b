using Network.Domain.Workshops;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    public static readonly DateOnly AmberveenWorkshopDate = new(2026, 3, 12);
    public static readonly DateOnly LindewaardWorkshopDate = new(2026, 9, 24);

    // Participants by professional number; those listed in the second array registered but did not come.
    private static readonly int[] AmberveenParticipants = [1, 2, 3, 4, 6, 7, 11, 12, 13, 14, 15, 16, 18, 46];
    private static readonly int[] AmberveenAbsent = [16];
    private static readonly int[] LindewaardParticipants = [27, 28, 29, 30, 31, 32, 33, 35, 36, 40, 41, 42, 46];
    private static readonly int[] LindewaardAbsent = [41];

    private static IEnumerable<Workshop> Workshops(DateTimeOffset now) =>
        [
            Workshop(
                Ids.WorkshopAmberveen,
                Amberveen,
                "Werkatelier informatie delen bij mogelijke radicalisering – Amberveen",
                AmberveenWorkshopDate,
                "Stadhuis Amberveen, raadzaal",
                ["Trainer Platform JEP", "Femke Jansen (gemeente Amberveen)"],
                AmberveenParticipants,
                AmberveenAbsent,
                now
            ),
            Workshop(
                Ids.WorkshopLindewaard,
                Lindewaard,
                "Werkatelier informatie delen bij mogelijke radicalisering – Lindewaard",
                LindewaardWorkshopDate,
                "Cultuurhuis Lindewaard, zaal 2",
                ["Trainer Platform JEP", "Arjen Kok (gemeente Lindewaard)"],
                LindewaardParticipants,
                LindewaardAbsent,
                now
            ),
        ];

    private static Workshop Workshop(
        Guid id,
        string municipality,
        string title,
        DateOnly date,
        string place,
        string[] facilitators,
        int[] participants,
        int[] absent,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = id,
            MunicipalityCode = municipality,
            Title = title,
            Date = date,
            Place = place,
            Facilitators = [.. facilitators],
            Seats = 15,
            CreatedAt = now,
            UpdatedAt = now,
            // The facilitator from the municipality records the outcomes of Amberveen's workshop.
            OutcomeEditors =
                municipality == Amberveen
                    ? [new WorkshopOutcomeEditor { WorkshopId = id, ProfessionalId = Ids.MunicipalContactAmberveen }]
                    : [],
            Participants = participants
                .Select(n => new WorkshopParticipant
                {
                    WorkshopId = id,
                    ProfessionalId = Ids.Of(Ids.ProfessionalKind, n),
                    Attended = !absent.Contains(n),
                })
                .ToList(),
        };
}
