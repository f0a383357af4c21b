using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Api.Commands.Synthetic;

/// <summary>What was generated, and a sample of ordinary professionals to log in as.</summary>
internal sealed record SyntheticSummary(
    int Professionals,
    int Municipalities,
    int Organisations,
    int TrustRows,
    int ConfirmedTrust,
    IReadOnlyList<(Guid Id, string Municipality)> SampleAskers
);

/// <summary>
/// Writes a synthetic national network of fictional people into an empty, migrated store: municipalities
/// (codes GM5000 and up), organisations with designated officers, professionals with professions, expertise,
/// domains and contact points at every visibility level, workshops, skewed trust (see <see cref="SyntheticTrust"/>),
/// routes for every concern type, and a covenant per municipality.
/// </summary>
internal sealed class SyntheticNetwork(IBulkStore store, Random random, DateTimeOffset now)
{
    private static readonly string[] Given =
    [
        "Anna",
        "Bram",
        "Cees",
        "Daan",
        "Eva",
        "Fleur",
        "Gijs",
        "Hanna",
        "Ilse",
        "Jesse",
        "Kim",
        "Lars",
        "Mila",
        "Noah",
        "Olga",
        "Pim",
        "Roos",
        "Sem",
        "Tess",
        "Umar",
        "Vera",
        "Wout",
        "Yara",
        "Zoë",
        "Fatima",
        "Mohamed",
        "Sara",
        "Youssef",
        "Lotte",
        "Thijs",
    ];
    private static readonly string[] Family =
    [
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "de Graaf",
        "van der Meer",
        "El Amrani",
        "Yilmaz",
        "Kaya",
        "Verbeek",
    ];
    private static readonly string[] Professions =
    [
        "youth-doctor",
        "youth-nurse",
        "psychiatrist",
        "health-psychologist",
        "youth-therapist",
        "youth-care-worker",
        "teacher",
        "teacher",
        "teacher",
        "care-coordinator",
        "youth-worker",
        "school-social-worker",
        "social-team-member",
        "community-police-officer",
        "attendance-officer",
        "radicalisation-officer",
        "safety-house-director",
        "municipal-contact",
        "domestic-violence-advisor",
    ];
    private static readonly string[] Tags =
    [
        "radicalisation",
        "radicalisation",
        "extremism",
        "polarisation",
        "polarisation",
        "online-extremism",
        "domestic-violence",
        "child-protection",
        "mental-health",
    ];
    private static readonly string[] Domains = ["youth", "safety", "education", "care", "social", "municipality"];
    private static readonly string[] Concerns =
    [
        "radicalisation",
        "polarisation",
        "online-extremism",
        "domestic-violence",
        "mental-health",
    ];
    private static readonly string[] OrgKinds =
    [
        "school",
        "ggd",
        "youth-care",
        "ggz",
        "police",
        "youth-work",
        "social-team",
    ];

    private static readonly string[] Facilitators = ["Facilitator"];

    private const int ValidityMonths = 24;

    private DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);

    public SyntheticSummary Write(int people, int municipalities)
    {
        var codes = Enumerable.Range(0, municipalities).Select(i => $"GM{5000 + i}").ToArray();
        using (var t = Table("Municipalities", "Code", "Name", "TrustValidityMonths"))
            for (var m = 0; m < municipalities; m++)
                t.Insert(codes[m], $"Synthetica {m + 1}", ValidityMonths);

        var municipalityOf = Enumerable.Range(0, people).Select(p => p % municipalities).ToArray();
        var orgs = WriteOrganisations(codes, people);
        var workshops = WriteWorkshops(codes, people);
        var ids = WriteProfessionals(codes, municipalityOf, orgs);
        var (rows, confirmed, degree) = WriteTrust(codes, municipalityOf, ids, workshops);
        WriteRoutes(codes, orgs);
        WriteCovenants(codes, orgs);

        var sample = Enumerable
            .Range(0, people)
            .Where(p => degree[p] is >= 3 and <= 15)
            .OrderBy(_ => random.Next())
            .Take(20)
            .Select(p => (ids[p], codes[municipalityOf[p]]))
            .ToList();
        return new SyntheticSummary(people, municipalities, orgs.Sum(o => o.Length), rows, confirmed, sample);
    }

    private IBulkTable Table(string name, params string[] columns) => store.Table(name, columns);

    private Guid[][] WriteOrganisations(string[] codes, int people)
    {
        var perMunicipality = Math.Max(4, people / codes.Length / 25);
        var result = new Guid[codes.Length][];
        using var org = Table("Organisations", "Id", "Name", "Kind", "IsActive", "Version", "CreatedAt", "UpdatedAt");
        using var domain = Table("OrganisationDomain", "OrganisationId", "DomainId");
        using var served = Table("OrganisationMunicipality", "OrganisationId", "MunicipalityCode");
        using var contact = Table("OrganisationContactPoint", "Id", "OrganisationId", "Channel", "Value", "Label");
        for (var m = 0; m < codes.Length; m++)
        {
            result[m] = new Guid[perMunicipality];
            for (var i = 0; i < perMunicipality; i++)
            {
                var id = result[m][i] = Guid.CreateVersion7();
                // The first two of every municipality: its own department (contact point) and the safety house.
                var kind = i switch
                {
                    0 => "municipality",
                    1 => "safety-house",
                    _ => OrgKinds[random.Next(OrgKinds.Length)],
                };
                org.Insert(
                    id,
                    $"{Label(kind)} Synthetica {m + 1}{(i > 1 ? $" #{i}" : "")}",
                    kind,
                    true,
                    1,
                    StoredTime.Encode(now),
                    StoredTime.Encode(now)
                );
                domain.Insert(
                    id,
                    kind switch
                    {
                        "school" => "education",
                        "police" or "safety-house" => "safety",
                        "municipality" => "municipality",
                        "ggd" or "ggz" => "care",
                        _ => "youth",
                    }
                );
                served.Insert(id, codes[m]);
                contact.Insert(
                    Guid.CreateVersion7(),
                    id,
                    ContactChannel.WorkPhone,
                    $"+31 88 {m:000} {i:0000}",
                    "Switchboard"
                );
            }
        }
        return result;
    }

    private static string Label(string kind) =>
        kind switch
        {
            "municipality" => "Gemeente",
            "safety-house" => "Zorg- en Veiligheidshuis",
            "school" => "College",
            "ggd" => "GGD",
            "youth-care" => "Jeugdhulp",
            "ggz" => "GGZ",
            "police" => "Politie basisteam",
            "youth-work" => "Jongerenwerk",
            _ => "Sociaal team",
        };

    private Guid[][] WriteWorkshops(string[] codes, int people)
    {
        var perMunicipality = Math.Max(1, people / codes.Length / 15);
        using var w = Table(
            "Workshops",
            "Id",
            "MunicipalityCode",
            "Title",
            "Date",
            "Place",
            "Facilitators",
            "Seats",
            "Version",
            "CreatedAt",
            "UpdatedAt"
        );
        return codes
            .Select(
                (code, m) =>
                    Enumerable
                        .Range(0, perMunicipality)
                        .Select(i =>
                        {
                            var id = Guid.CreateVersion7();
                            w.Insert(
                                id,
                                code,
                                $"Werkatelier informatie delen {i + 1}",
                                Today.AddDays(-random.Next(30, 730)),
                                "Stadhuis",
                                Facilitators,
                                15,
                                1,
                                StoredTime.Encode(now),
                                StoredTime.Encode(now)
                            );
                            return id;
                        })
                        .ToArray()
            )
            .ToArray();
    }

    private Guid[] WriteProfessionals(string[] codes, int[] municipalityOf, Guid[][] orgs)
    {
        var ids = new Guid[municipalityOf.Length];
        var officerTaken = new HashSet<Guid>();
        using var person = Table(
            "Professionals",
            "Id",
            "GivenName",
            "FamilyName",
            "ProfessionId",
            "IsActive",
            "ListingStatus",
            "OffersAnonymousConsultation",
            "ExpertiseTags",
            "Languages",
            "About",
            "OptionalFieldsConsent",
            "OptionalReminders",
            "LastVerifiedOn",
            "Version",
            "CreatedAt",
            "UpdatedAt"
        );
        using var serves = Table("ProfessionalMunicipality", "ProfessionalId", "MunicipalityCode");
        using var domains = Table("ProfessionalDomain", "ProfessionalId", "DomainId");
        using var contact = Table("ContactPoints", "Id", "ProfessionalId", "Channel", "Value", "Visibility");
        using var member = Table(
            "Memberships",
            "Id",
            "ProfessionalId",
            "OrganisationId",
            "RoleTitle",
            "StartDate",
            "EndDate",
            "IsDesignatedOfficer"
        );
        for (var p = 0; p < ids.Length; p++)
        {
            var id = ids[p] = Guid.CreateVersion7();
            var m = municipalityOf[p];
            var tags =
                random.Next(100) < 35
                    ? Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Distinct().ToArray()
                    : [];
            var verified =
                random.Next(100) < 80 ? Today.AddDays(-random.Next(0, 300)) : Today.AddDays(-random.Next(365, 900));
            person.Insert(
                id,
                Given[random.Next(Given.Length)],
                Family[random.Next(Family.Length)],
                Professions[random.Next(Professions.Length)],
                true,
                ListingStatus.Listed,
                random.Next(5) == 0,
                tags,
                Array.Empty<string>(),
                null,
                false,
                false,
                verified,
                1,
                StoredTime.Encode(now),
                StoredTime.Encode(now)
            );
            serves.Insert(id, codes[m]);
            if (codes.Length > 1 && random.Next(20) == 0)
                serves.Insert(id, codes[(m + 1) % codes.Length]);
            foreach (var d in Domains.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
                domains.Insert(id, d);
            contact.Insert(
                Guid.CreateVersion7(),
                id,
                ContactChannel.WorkPhone,
                $"+31 20 {p:0000000}",
                VisibilityLevel.Network
            );
            contact.Insert(
                Guid.CreateVersion7(),
                id,
                ContactChannel.Email,
                $"p{p}@synthetica.example",
                VisibilityLevel.Network
            );
            if (random.Next(10) < 7)
                contact.Insert(
                    Guid.CreateVersion7(),
                    id,
                    ContactChannel.Mobile,
                    $"+31 6 {p:00000000}",
                    VisibilityLevel.Trusted
                );
            if (random.Next(10) == 0)
                contact.Insert(
                    Guid.CreateVersion7(),
                    id,
                    ContactChannel.Website,
                    $"https://synthetica.example/p{p}",
                    VisibilityLevel.Public
                );
            if (random.Next(20) == 0)
                contact.Insert(
                    Guid.CreateVersion7(),
                    id,
                    ContactChannel.SecureMail,
                    $"p{p}@secure.synthetica.example",
                    VisibilityLevel.Coordinators
                );
            var org = orgs[m][random.Next(orgs[m].Length)];
            member.Insert(
                Guid.CreateVersion7(),
                id,
                org,
                "Medewerker",
                Today.AddDays(-random.Next(100, 3000)),
                null,
                officerTaken.Add(org)
            );
        }
        return ids;
    }

    private (int Rows, int Confirmed, int[] Degree) WriteTrust(
        string[] codes,
        int[] municipalityOf,
        Guid[] ids,
        Guid[][] workshops
    )
    {
        var degree = new int[ids.Length];
        var confirmed = 0;
        var edges = SyntheticTrust.Edges(random, municipalityOf, codes.Length);
        using var trust = Table(
            "TrustRelationships",
            "Id",
            "ProposerId",
            "RecipientId",
            "MunicipalityCode",
            "Status",
            "WorkshopId",
            "ProposedAt",
            "ConfirmedAt",
            "LastConfirmedAt",
            "ExpiresAt",
            "RevokedAt",
            "RevokedById",
            "Version"
        );
        foreach (var (a, b) in edges)
        {
            var m = municipalityOf[a];
            var roll = random.Next(100);
            var status =
                roll < 87 ? TrustStatus.Confirmed
                : roll < 94 ? TrustStatus.Proposed
                : TrustStatus.Revoked;
            // One in twenty confirmed rows is older than the 24-month validity: expired, so not in the graph.
            var age =
                status == TrustStatus.Confirmed && random.Next(20) == 0 ? random.Next(740, 1000) : random.Next(1, 690);
            var proposed = now.AddDays(-age - 5);
            var confirmedAt = status == TrustStatus.Proposed ? (DateTimeOffset?)null : now.AddDays(-age);
            Guid? workshop =
                municipalityOf[b] == m && random.Next(10) < 6 ? workshops[m][random.Next(workshops[m].Length)] : null;
            trust.Insert(
                Guid.CreateVersion7(),
                ids[a],
                ids[b],
                codes[m],
                status,
                workshop,
                StoredTime.Encode(proposed),
                confirmedAt is { } c ? StoredTime.Encode(c) : null,
                confirmedAt is { } l ? StoredTime.Encode(l) : null,
                confirmedAt is { } e ? StoredTime.Encode(e.AddMonths(ValidityMonths)) : null,
                status == TrustStatus.Revoked ? StoredTime.Encode(now.AddDays(-1)) : null,
                status == TrustStatus.Revoked ? ids[a] : null,
                1
            );
            if (status == TrustStatus.Confirmed && age < 730)
            {
                confirmed++;
                degree[a]++;
                degree[b]++;
            }
        }
        return (edges.Count, confirmed, degree);
    }

    private void WriteRoutes(string[] codes, Guid[][] orgs)
    {
        using var route = Table("Routes", "Id", "MunicipalityCode", "ConcernTypeId", "Version", "UpdatedAt");
        using var step = Table(
            "RouteStep",
            "Id",
            "RouteId",
            "Order",
            "Kind",
            "ProfessionalId",
            "OrganisationId",
            "LineName",
            "LinePhone",
            "OffersAnonymousConsultation",
            "MethodStep",
            "Note"
        );
        for (var m = 0; m < codes.Length; m++)
            foreach (var concern in Concerns)
            {
                var id = Guid.CreateVersion7();
                route.Insert(id, codes[m], concern, 1, StoredTime.Encode(now));
                step.Insert(
                    Guid.CreateVersion7(),
                    id,
                    1,
                    RouteStepKind.OwnDesignatedOfficer,
                    null,
                    null,
                    null,
                    null,
                    true,
                    MethodStep.AnonymousConsultation,
                    null
                );
                step.Insert(
                    Guid.CreateVersion7(),
                    id,
                    2,
                    RouteStepKind.Organisation,
                    null,
                    orgs[m][0],
                    null,
                    null,
                    true,
                    MethodStep.AnonymousConsultation,
                    "Municipal contact point"
                );
                step.Insert(
                    Guid.CreateVersion7(),
                    id,
                    3,
                    RouteStepKind.Organisation,
                    null,
                    orgs[m][1],
                    null,
                    null,
                    false,
                    MethodStep.SharingPersonalData,
                    "Case meeting"
                );
                step.Insert(
                    Guid.CreateVersion7(),
                    id,
                    4,
                    RouteStepKind.NationalLine,
                    null,
                    null,
                    "Landelijk Steunpunt Extremisme",
                    "+31 800 0000000",
                    true,
                    MethodStep.AnonymousConsultation,
                    null
                );
                step.Insert(
                    Guid.CreateVersion7(),
                    id,
                    5,
                    RouteStepKind.Emergency,
                    null,
                    null,
                    "Politie",
                    "112",
                    false,
                    MethodStep.Emergency,
                    null
                );
            }
    }

    private void WriteCovenants(string[] codes, Guid[][] orgs)
    {
        using var covenant = Table("Covenants", "Id", "Title", "Purpose", "ValidFrom", "ValidUntil", "Version");
        using var signatory = Table("CovenantSignatory", "CovenantId", "OrganisationId");
        using var region = Table("CovenantMunicipality", "CovenantId", "MunicipalityCode");
        for (var m = 0; m < codes.Length; m++)
        {
            var id = Guid.CreateVersion7();
            covenant.Insert(
                id,
                $"Convenant Zorg- en Veiligheidshuis Synthetica {m + 1}",
                "Casusoverleg radicalisering",
                Today.AddYears(-2),
                null,
                1
            );
            region.Insert(id, codes[m]);
            foreach (var org in orgs[m].Where((_, i) => i < 2 || random.Next(10) < 6))
                signatory.Insert(id, org);
        }
    }
}
