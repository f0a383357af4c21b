using Network.Domain.Contacts;
using Network.Domain.Organisations;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    /// <summary>An organisation of the demo network; <see cref="MailDomain"/> also makes its staff's work addresses.</summary>
    private sealed record OrgSpec(
        Guid Id,
        string Name,
        string Kind,
        string[] Domains,
        string[] Municipalities,
        string MailDomain,
        string Switchboard,
        bool Website = false
    );

    private static readonly string[] Both = [Amberveen, Lindewaard];
    private static readonly string[] OnlyAmberveen = [Amberveen];
    private static readonly string[] OnlyLindewaard = [Lindewaard];

    // Fictional organisations with obviously fake details: ".example" mail domains and +31 20 000 0xxx numbers.
    private static readonly OrgSpec[] OrgSpecs =
    [
        new(
            Ids.VeiligheidshuisOrg,
            "Zorg- en Veiligheidshuis Veenland",
            "veiligheidshuis",
            ["safety", "care", "social"],
            Both,
            "zvh-veenland.example",
            "+31 20 000 0101",
            Website: true
        ),
        new(
            Ids.AmberlyceumOrg,
            "Het Amberlyceum",
            "school",
            ["education"],
            OnlyAmberveen,
            "amberlyceum.example",
            "+31 20 000 0102",
            Website: true
        ),
        new(
            Ids.VeenpoortOrg,
            "Vakcollege De Veenpoort",
            "school",
            ["education"],
            OnlyAmberveen,
            "veenpoort.example",
            "+31 20 000 0103"
        ),
        new(
            Ids.LindecollegeOrg,
            "Lindecollege",
            "school",
            ["education"],
            OnlyLindewaard,
            "lindecollege.example",
            "+31 20 000 0104"
        ),
        new(
            Ids.GgdOrg,
            "GGD Veenland",
            "ggd",
            ["care", "youth"],
            Both,
            "ggd-veenland.example",
            "+31 20 000 0105",
            Website: true
        ),
        new(
            Ids.YouthCareOrg,
            "Jeugdhulp De Brug",
            "youth-care",
            ["youth", "care"],
            Both,
            "jeugdhulp-debrug.example",
            "+31 20 000 0106"
        ),
        new(
            Ids.GgzOrg,
            "GGZ Veenland Kind en Jeugd",
            "ggz",
            ["care", "youth"],
            Both,
            "ggz-veenland.example",
            "+31 20 000 0107"
        ),
        new(
            Ids.PoliceOrg,
            "Politie basisteam Amberveen-Lindewaard",
            "police",
            ["safety"],
            Both,
            "politie-veenland.example",
            "+31 20 000 0108"
        ),
        new(
            Ids.VeiligThuisOrg,
            "Veilig Thuis Veenland",
            "veilig-thuis",
            ["safety", "care", "youth"],
            Both,
            "veiligthuis-veenland.example",
            "+31 20 000 0109",
            Website: true
        ),
        new(
            Ids.YouthWorkAmberveenOrg,
            "Stichting Jongerenwerk Amberveen",
            "youth-work",
            ["youth", "social"],
            OnlyAmberveen,
            "jongerenwerk-amberveen.example",
            "+31 20 000 0110"
        ),
        new(
            Ids.YouthWorkLindewaardOrg,
            "Jongerenwerk Lindewaard",
            "youth-work",
            ["youth", "social"],
            OnlyLindewaard,
            "jongerenwerk-lindewaard.example",
            "+31 20 000 0111"
        ),
        new(
            Ids.SocialTeamAmberveenOrg,
            "Sociaal Wijkteam Amberveen",
            "social-team",
            ["social", "youth"],
            OnlyAmberveen,
            "wijkteam-amberveen.example",
            "+31 20 000 0112"
        ),
        new(
            Ids.SocialTeamLindewaardOrg,
            "Sociaal Team Lindewaard",
            "social-team",
            ["social"],
            OnlyLindewaard,
            "sociaalteam-lindewaard.example",
            "+31 20 000 0113"
        ),
        new(
            Ids.MunicipalityAmberveenOrg,
            "Gemeente Amberveen – Openbare orde en veiligheid",
            "municipality",
            ["municipality", "safety"],
            OnlyAmberveen,
            "amberveen.example",
            "+31 20 000 0114",
            Website: true
        ),
        new(
            Ids.MunicipalityLindewaardOrg,
            "Gemeente Lindewaard – Openbare orde en veiligheid",
            "municipality",
            ["municipality", "safety"],
            OnlyLindewaard,
            "lindewaard.example",
            "+31 20 000 0115",
            Website: true
        ),
        new(
            Ids.AttendanceOfficeOrg,
            "Bureau Leerplicht Veenland",
            "attendance-office",
            ["education", "municipality"],
            Both,
            "leerplicht-veenland.example",
            "+31 20 000 0116"
        ),
    ];

    private static OrgSpec OrgOf(Guid id) => OrgSpecs.Single(o => o.Id == id);

    private static IEnumerable<Organisation> Organisations(DateTimeOffset now) =>
        OrgSpecs.Select(spec =>
        {
            var number = NumberOf(spec.Id);
            var points = new List<(ContactChannel Channel, string Value, string Label)>
            {
                (ContactChannel.WorkPhone, spec.Switchboard, "Switchboard"),
                (ContactChannel.Email, $"info@{spec.MailDomain}", "General mail"),
            };
            if (spec.Website)
                points.Add((ContactChannel.Website, $"https://www.{spec.MailDomain}", "Website"));
            return new Organisation
            {
                Id = spec.Id,
                Name = spec.Name,
                Kind = spec.Kind,
                CreatedAt = now,
                UpdatedAt = now,
                Domains = spec
                    .Domains.Select(d => new OrganisationDomain { OrganisationId = spec.Id, DomainId = d })
                    .ToList(),
                Municipalities = spec
                    .Municipalities.Select(m => new OrganisationMunicipality
                    {
                        OrganisationId = spec.Id,
                        MunicipalityCode = m,
                    })
                    .ToList(),
                ContactPoints = points
                    .Select(
                        (p, i) =>
                            new OrganisationContactPoint
                            {
                                Id = Ids.Of(Ids.OrganisationContactPointKind, number * 100 + i + 1),
                                OrganisationId = spec.Id,
                                Channel = p.Channel,
                                Value = p.Value,
                                Label = p.Label,
                            }
                    )
                    .ToList(),
            };
        });

    /// <summary>The N of an id <c>...-GGGG-NNNNNNNNNNNN</c>, used to derive the ids of an entity's children.</summary>
    private static long NumberOf(Guid id) => long.Parse(id.ToString()[24..]);
}
