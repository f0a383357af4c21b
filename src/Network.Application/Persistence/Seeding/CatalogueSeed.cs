using Microsoft.EntityFrameworkCore;
using Network.Domain.Catalogues;
using DomainEntity = Network.Domain.Catalogues.Domain;

namespace Network.Application.Persistence.Seeding;

/// <summary>
/// The starting catalogues (domains, professions with their regimes, concern types). Seeded once into an
/// empty store; afterwards they are data that administrators edit through the API.
/// </summary>
public static class CatalogueSeed
{
    public static async Task SeedAsync(NetworkDbContext db, CancellationToken ct)
    {
        if (!await db.Domains.AnyAsync(ct))
            db.Domains.AddRange(Domains);
        if (!await db.Professions.AnyAsync(ct))
            db.Professions.AddRange(Professions);
        if (!await db.ConcernTypes.AnyAsync(ct))
            db.ConcernTypes.AddRange(ConcernTypes);
        await db.SaveChangesAsync(ct);
    }

    private static DomainEntity[] Domains =>
        [
            new()
            {
                Id = "youth",
                Name = "Youth",
                NameNl = "Jeugd",
            },
            new()
            {
                Id = "safety",
                Name = "Safety",
                NameNl = "Veiligheid",
            },
            new()
            {
                Id = "education",
                Name = "Education",
                NameNl = "Onderwijs",
            },
            new()
            {
                Id = "care",
                Name = "Care",
                NameNl = "Zorg",
            },
            new()
            {
                Id = "social",
                Name = "Social domain",
                NameNl = "Sociaal domein",
            },
            new()
            {
                Id = "municipality",
                Name = "Municipality",
                NameNl = "Gemeente",
            },
        ];

    private const string Big = "Wet BIG art. 88; WGBO art. 7:457 BW (medical secrecy)";
    private const string Jeugdwet = "Jeugdwet art. 7.3.11; Beroepscode voor de jeugdzorg";
    private const string Avg = "AVG (GDPR); no legal professional secrecy";
    private const string Official = "Ambtenarenwet 2017 art. 125a (official secrecy); AVG";

    private static Profession[] Professions =>
        [
            P("youth-doctor", "Youth doctor", "Jeugdarts", ConfidentialityRegime.MedicalSecrecy, Big),
            P("youth-nurse", "Youth nurse", "Jeugdverpleegkundige", ConfidentialityRegime.MedicalSecrecy, Big),
            P("psychiatrist", "(Youth) psychiatrist", "(Jeugd)psychiater", ConfidentialityRegime.MedicalSecrecy, Big),
            P(
                "health-psychologist",
                "Healthcare psychologist",
                "GZ-psycholoog",
                ConfidentialityRegime.MedicalSecrecy,
                Big
            ),
            P(
                "youth-therapist",
                "(Youth) therapist",
                "(Jeugd)therapeut",
                ConfidentialityRegime.ProfessionalCode,
                "Beroepscode NIP/NVO; WGBO art. 7:457 BW where treatment"
            ),
            P(
                "youth-care-worker",
                "Youth care worker",
                "Jeugdhulpverlener",
                ConfidentialityRegime.YouthCareSecrecy,
                Jeugdwet
            ),
            P("teacher", "Teacher", "Docent", ConfidentialityRegime.GeneralDataProtection, Avg),
            P(
                "care-coordinator",
                "School care coordinator",
                "Zorgcoördinator",
                ConfidentialityRegime.GeneralDataProtection,
                Avg
            ),
            P(
                "youth-worker",
                "Youth worker",
                "Jongerenwerker",
                ConfidentialityRegime.ProfessionalCode,
                "Beroepscode voor sociaal werkers (BPSW)"
            ),
            P(
                "school-social-worker",
                "School social worker",
                "Schoolmaatschappelijk werker",
                ConfidentialityRegime.ProfessionalCode,
                "Beroepscode voor de maatschappelijk werker (BPSW)"
            ),
            P(
                "social-team-member",
                "Local social team member",
                "Medewerker sociaal wijkteam",
                ConfidentialityRegime.ProfessionalCode,
                "Beroepscode (BPSW); Wmo 2015 art. 5.2.1 for municipal tasks"
            ),
            P(
                "community-police-officer",
                "Community police officer",
                "Wijkagent",
                ConfidentialityRegime.PoliceData,
                "Wet politiegegevens (Wpg)"
            ),
            P(
                "attendance-officer",
                "School attendance officer",
                "Leerplichtambtenaar",
                ConfidentialityRegime.OfficialSecrecy,
                Official
            ),
            P(
                "radicalisation-officer",
                "Designated officer for radicalisation",
                "Aandachtsfunctionaris radicalisering",
                ConfidentialityRegime.OfficialSecrecy,
                Official
            ),
            P(
                "safety-house-director",
                "Case director, Safety House",
                "Procesregisseur Veiligheidshuis",
                ConfidentialityRegime.OfficialSecrecy,
                "Convenant Zorg- en Veiligheidshuis; Ambtenarenwet art. 125a"
            ),
            P(
                "municipal-contact",
                "Municipal contact point for radicalisation",
                "Gemeentelijk contactpunt radicalisering",
                ConfidentialityRegime.OfficialSecrecy,
                Official
            ),
            P(
                "domestic-violence-advisor",
                "Veilig Thuis advisor",
                "Adviseur Veilig Thuis",
                ConfidentialityRegime.YouthCareSecrecy,
                "Wmo 2015 art. 4.1.1 and 5.2.6; Meldcode huiselijk geweld"
            ),
        ];

    private static ConcernType[] ConcernTypes =>
        [
            C(
                "radicalisation",
                "Possible radicalisation",
                "Mogelijke radicalisering",
                "Signals such as us-versus-them thinking, sudden changes in behaviour or ideological statements.",
                "radicalisation",
                "extremism"
            ),
            C(
                "polarisation",
                "Polarisation",
                "Polarisatie",
                "Growing tension between groups in a class, school or neighbourhood.",
                "polarisation",
                "radicalisation"
            ),
            C(
                "online-extremism",
                "Extremist statements online",
                "Extremistische uitingen online",
                "Extremist content shared or produced online.",
                "online-extremism",
                "radicalisation"
            ),
            C(
                "domestic-violence",
                "Domestic violence or child abuse",
                "Huiselijk geweld of kindermishandeling",
                "Something else is going on at home: route to Veilig Thuis.",
                "domestic-violence",
                "child-protection"
            ),
            C(
                "mental-health",
                "Mental health",
                "Psychische problemen",
                "Signals may point to mental health problems rather than radicalisation.",
                "mental-health"
            ),
        ];

    private static Profession P(string id, string name, string nameNl, ConfidentialityRegime regime, string source) =>
        new()
        {
            Id = id,
            Name = name,
            NameNl = nameNl,
            Regime = regime,
            LegalSource = source,
        };

    private static ConcernType C(string id, string name, string nameNl, string description, params string[] tags) =>
        new()
        {
            Id = id,
            Name = name,
            NameNl = nameNl,
            Description = description,
            ExpertiseTags = [.. tags],
        };
}
