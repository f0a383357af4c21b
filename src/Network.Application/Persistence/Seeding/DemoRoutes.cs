using Network.Domain.EscalationRoutes;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    public const string LandelijkSteunpuntExtremisme = "Landelijk Steunpunt Extremisme";
    public const string PlatformJepAdviceLine = "Platform JEP adviceline";

    // National lines carry obviously fake numbers here; the note says so, so nobody dials them from the demo.
    private const string ExampleNumber = "Example number in the demo network; look up the current number before use.";

    /// <summary>
    /// The escalation ladders. Radicalisation has one in both municipalities; Amberveen also routes domestic
    /// violence, mental health and polarisation. Lindewaard has no polarisation route on purpose: a gap to report.
    /// </summary>
    private static IEnumerable<Route> Routes(DateTimeOffset now) =>
        [
            Route(
                Ids.RadicalisationRouteAmberveen,
                Amberveen,
                "radicalisation",
                now,
                Own(),
                ToPerson(
                    Ids.MunicipalContactAmberveen,
                    MethodStep.AnonymousConsultation,
                    true,
                    "Municipal contact point: consult anonymously, no names needed."
                ),
                ToOrganisation(
                    Ids.VeiligheidshuisOrg,
                    MethodStep.SharingPersonalData,
                    false,
                    "Case meeting on radicalisation; personal data only under the covenant or another legal ground."
                ),
                Line(LandelijkSteunpuntExtremisme, "+31 20 000 0911"),
                Line(PlatformJepAdviceLine, "+31 70 000 0000"),
                Emergency()
            ),
            Route(
                Ids.RadicalisationRouteLindewaard,
                Lindewaard,
                "radicalisation",
                now,
                Own(),
                ToPerson(
                    Ids.MunicipalContactLindewaard,
                    MethodStep.AnonymousConsultation,
                    true,
                    "Municipal contact point: consult anonymously, no names needed."
                ),
                ToOrganisation(
                    Ids.VeiligheidshuisOrg,
                    MethodStep.SharingPersonalData,
                    false,
                    "Case meeting on radicalisation; personal data only under the covenant or another legal ground."
                ),
                Line(LandelijkSteunpuntExtremisme, "+31 20 000 0911"),
                Line(PlatformJepAdviceLine, "+31 70 000 0000"),
                Emergency()
            ),
            Route(
                Ids.DomesticViolenceRouteAmberveen,
                Amberveen,
                "domestic-violence",
                now,
                Own(),
                ToOrganisation(
                    Ids.VeiligThuisOrg,
                    MethodStep.AnonymousConsultation,
                    true,
                    "Advice, also anonymously; a report follows the reporting code (meldcode)."
                ),
                Emergency()
            ),
            Route(
                Ids.MentalHealthRouteAmberveen,
                Amberveen,
                "mental-health",
                now,
                Own(),
                ToPerson(
                    Ids.YouthDoctorAmberveen,
                    MethodStep.AnonymousConsultation,
                    false,
                    "Youth doctor of the school: consult first without naming the young person."
                ),
                ToOrganisation(
                    Ids.GgzOrg,
                    MethodStep.SharingPersonalData,
                    false,
                    "Referral needs consent or another legal ground."
                ),
                Emergency()
            ),
            Route(
                Ids.PolarisationRouteAmberveen,
                Amberveen,
                "polarisation",
                now,
                Own(),
                ToPerson(
                    Ids.YouthWorkerAmberveen,
                    MethodStep.AnonymousConsultation,
                    false,
                    "Youth work knows what plays among young people in the neighbourhood."
                ),
                ToPerson(Ids.MunicipalContactAmberveen, MethodStep.AnonymousConsultation, true, null)
            ),
            Route(
                Ids.DomesticViolenceRouteLindewaard,
                Lindewaard,
                "domestic-violence",
                now,
                Own(),
                ToOrganisation(
                    Ids.VeiligThuisOrg,
                    MethodStep.AnonymousConsultation,
                    true,
                    "Advice, also anonymously; a report follows the reporting code (meldcode)."
                ),
                Emergency()
            ),
        ];

    private static Route Route(
        Guid id,
        string municipality,
        string concernType,
        DateTimeOffset now,
        params RouteStep[] steps
    )
    {
        var number = NumberOf(id);
        return new Route
        {
            Id = id,
            MunicipalityCode = municipality,
            ConcernTypeId = concernType,
            UpdatedAt = now,
            Steps = steps
                .Select(
                    (s, i) =>
                        new RouteStep
                        {
                            Id = Ids.Of(Ids.RouteStepKind, number * 100 + i + 1),
                            RouteId = id,
                            Order = i + 1,
                            Kind = s.Kind,
                            ProfessionalId = s.ProfessionalId,
                            OrganisationId = s.OrganisationId,
                            LineName = s.LineName,
                            LinePhone = s.LinePhone,
                            OffersAnonymousConsultation = s.OffersAnonymousConsultation,
                            MethodStep = s.MethodStep,
                            Note = s.Note,
                        }
                )
                .ToList(),
        };
    }

    private static RouteStep Own() =>
        new()
        {
            Kind = RouteStepKind.OwnDesignatedOfficer,
            MethodStep = MethodStep.AnonymousConsultation,
            OffersAnonymousConsultation = true,
            Note = "Start inside your own organisation: your designated officer (aandachtsfunctionaris).",
        };

    private static RouteStep ToPerson(Guid professional, MethodStep step, bool anonymous, string? note) =>
        new()
        {
            Kind = RouteStepKind.Professional,
            ProfessionalId = professional,
            MethodStep = step,
            OffersAnonymousConsultation = anonymous,
            Note = note,
        };

    private static RouteStep ToOrganisation(Guid organisation, MethodStep step, bool anonymous, string? note) =>
        new()
        {
            Kind = RouteStepKind.Organisation,
            OrganisationId = organisation,
            MethodStep = step,
            OffersAnonymousConsultation = anonymous,
            Note = note,
        };

    private static RouteStep Line(string name, string phone) =>
        new()
        {
            Kind = RouteStepKind.NationalLine,
            LineName = name,
            LinePhone = phone,
            MethodStep = MethodStep.AnonymousConsultation,
            OffersAnonymousConsultation = true,
            Note = ExampleNumber,
        };

    private static RouteStep Emergency() =>
        new()
        {
            Kind = RouteStepKind.Emergency,
            LineName = "Politie 112",
            LinePhone = "112",
            MethodStep = MethodStep.Emergency,
            Note = "Acute danger only.",
        };
}
