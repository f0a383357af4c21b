using Network.Api.Tests.Infrastructure.World;
using Network.Application.Catalogues;
using Network.Application.Persistence.Seeding;
using Network.Domain.Catalogues;

namespace Network.Api.Tests.Authorization;

/// <summary>One REST operation: how to call it in a world, and the expected status per principal.</summary>
public sealed record RestRow(
    string Method,
    string Path,
    Func<MatrixCell, string> Url,
    Func<MatrixCell, object?> Body,
    Expect Expect,
    string? IfMatch = null
)
{
    public string Key => $"{Method} {Path}";

    public override string ToString() => Key;
}

/// <summary>Expected statuses in principal order: anonymous, prof A, prof B, coord A, coord B, system, admin.</summary>
public sealed record Expect(
    int Anonymous,
    int ProfessionalA,
    int ProfessionalB,
    int CoordinatorA,
    int CoordinatorB,
    int System,
    int Admin
)
{
    public int For(Principal p) =>
        p switch
        {
            Principal.Anonymous => Anonymous,
            Principal.ProfessionalA => ProfessionalA,
            Principal.ProfessionalB => ProfessionalB,
            Principal.CoordinatorA => CoordinatorA,
            Principal.CoordinatorB => CoordinatorB,
            Principal.System => System,
            _ => Admin,
        };

    /// <summary>Readable by every authenticated principal (lists filter what each one sees).</summary>
    public static readonly Expect AnyAuthenticated = new(401, 200, 200, 200, 200, 200, 200);
}

/// <summary>
/// The written-down expectation for every REST operation. A new operation without a row fails
/// <see cref="AuthorizationMatrixTests.Every_rest_operation_has_a_row"/>.
/// </summary>
public static class RestMatrix
{
    private static readonly object OutcomeItem = new
    {
        kind = "dilemma",
        aim = "signalling",
        text = "Wie bel ik bij twijfel?",
        theme = "wie bel ik",
        domains = new[] { "education" },
    };

    private static object Agreement(MatrixCell w) =>
        new
        {
            text = "De school belt de wijkagent bij zorgen",
            organisationIds = new[] { w.OrganisationA },
            ownerProfessionalId = w.ProfessionalA,
            dueOn = "2026-12-31",
        };

    private static object Organisation(string municipality) =>
        new
        {
            name = "Matrix Made",
            kind = "school",
            domains = new[] { "education" },
            municipalities = new[] { municipality },
        };

    private static object Professional(string municipality) =>
        new
        {
            givenName = "Mat",
            familyName = "Rix",
            professionId = "teacher",
            municipalities = new[] { municipality },
            contactPoints = new[] { new { channel = "email", value = "matrix@school.example" } },
        };

    private static object Workshop(string municipality) =>
        new
        {
            municipality,
            title = "Matrix workshop",
            date = "2026-03-12",
            place = "Town hall",
        };

    private static readonly object WorkshopDetails = new
    {
        title = "Matrix workshop",
        date = "2026-03-12",
        place = "Library",
        seats = 12,
    };

    private static readonly object Profile = new
    {
        expertiseTags = new[] { "radicalisation" },
        languages = new[] { "nl" },
        about = "Mentor",
        offersAnonymousConsultation = false,
        contactPoints = Array.Empty<object>(),
    };

    private static StringContent MergePatch(string json) =>
        new(json, System.Text.Encoding.UTF8, "application/merge-patch+json");

    private static Expect AdminOnly(int success) => new(401, 403, 403, 403, 403, 403, success);

    private static string ContentTag<T>(T dto) => $"\"{CatalogueRules.VersionOf(dto)}\"";

    private static readonly MunicipalityDto Amberveen = new(
        "GM9901",
        "Amberveen",
        DemoNetwork.AmberveenTrustValidityMonths
    );
    private static readonly DomainDto Youth = new("youth", "Youth", "Jeugd");
    private static readonly ProfessionDto Teacher = new(
        "teacher",
        "Teacher",
        "Docent",
        ConfidentialityRegime.GeneralDataProtection,
        "AVG (GDPR); no legal professional secrecy"
    );
    private static readonly ConcernTypeDto MentalHealth = new(
        "mental-health",
        "Mental health",
        "Psychische problemen",
        "Signals may point to mental health problems rather than radicalisation.",
        ["mental-health"]
    );

    private static readonly object[] EmergencyOnly =
    [
        new
        {
            kind = "emergency",
            lineName = "Politie 112",
            linePhone = "112",
        },
    ];

    private static object Covenant(MatrixCell w) =>
        new
        {
            title = "Matrix covenant",
            purpose = "Matrix",
            validFrom = "2026-01-01",
            signatories = new[] { w.OrganisationA, DemoNetwork.Ids.AmberlyceumOrg },
            municipalities = new[] { "GM9901" },
        };

    public static readonly RestRow[] Rows =
    [
        // Organisations: an organisation of municipality A.
        new("GET", "/api/v1/organisations", _ => "/api/v1/organisations", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/organisations/{id}",
            w => $"/api/v1/organisations/{w.OrganisationA}",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "POST",
            "/api/v1/organisations",
            _ => "/api/v1/organisations",
            _ => Organisation("GM9901"),
            new(401, 403, 403, 201, 400, 403, 201)
        ),
        new(
            "PUT",
            "/api/v1/organisations/{id}",
            w => $"/api/v1/organisations/{w.OrganisationA}",
            _ => Organisation("GM9901"),
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        new(
            "PATCH",
            "/api/v1/organisations/{id}",
            w => $"/api/v1/organisations/{w.OrganisationA}",
            _ => MergePatch("""{"kind": "school"}"""),
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        new(
            "POST",
            "/api/v1/organisations/{id}/deactivate",
            w => $"/api/v1/organisations/{w.OrganisationA}/deactivate",
            _ => null,
            new(401, 403, 404, 200, 404, 403, 200)
        ),
        new(
            "POST",
            "/api/v1/organisations/{id}/reactivate",
            w => $"/api/v1/organisations/{w.OrganisationA}/reactivate",
            _ => null,
            new(401, 403, 404, 200, 404, 403, 200)
        ),
        // Professionals: a listed colleague in municipality A.
        new("GET", "/api/v1/professionals", _ => "/api/v1/professionals", _ => null, Expect.AnyAuthenticated),
        new(
            "POST",
            "/api/v1/professionals/search",
            _ => "/api/v1/professionals/search",
            _ => new { name = "Colleague" },
            Expect.AnyAuthenticated
        ),
        new(
            "GET",
            "/api/v1/professionals/{id}",
            w => $"/api/v1/professionals/{w.ColleagueA}",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "GET",
            "/api/v1/professionals/{id}/visibility",
            w => $"/api/v1/professionals/{w.ColleagueA}/visibility",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "POST",
            "/api/v1/professionals",
            _ => "/api/v1/professionals",
            _ => Professional("GM9901"),
            new(401, 403, 403, 201, 400, 403, 201)
        ),
        new(
            "PUT",
            "/api/v1/professionals/{id}",
            w => $"/api/v1/professionals/{w.ColleagueA}",
            _ => Professional("GM9901"),
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        new(
            "PATCH",
            "/api/v1/professionals/{id}",
            w => $"/api/v1/professionals/{w.ColleagueA}",
            _ => MergePatch("""{"expertiseTags": ["radicalisation"]}"""),
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        new(
            "POST",
            "/api/v1/professionals/{id}/deactivate",
            w => $"/api/v1/professionals/{w.ColleagueA}/deactivate",
            _ => null,
            new(401, 403, 404, 200, 404, 403, 200)
        ),
        new(
            "POST",
            "/api/v1/professionals/{id}/reactivate",
            w => $"/api/v1/professionals/{w.ColleagueA}/reactivate",
            _ => null,
            new(401, 403, 404, 200, 404, 403, 200)
        ),
        // Trust: professional A is in both relationships; professional B and the other municipality see neither.
        new(
            "GET",
            "/api/v1/trust-relationships",
            _ => "/api/v1/trust-relationships",
            _ => null,
            Expect.AnyAuthenticated
        ),
        new(
            "GET",
            "/api/v1/trust-relationships/{id}",
            w => $"/api/v1/trust-relationships/{w.TrustConfirmedWithA}",
            _ => null,
            new(401, 200, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/trust-relationships",
            _ => "/api/v1/trust-relationships",
            w => new { professionalId = w.ColleagueA },
            new(401, 409, 400, 403, 403, 403, 403)
        ),
        new(
            "POST",
            "/api/v1/trust-relationships/{id}/confirm",
            w => $"/api/v1/trust-relationships/{w.TrustProposedToA}/confirm",
            _ => null,
            new(401, 200, 404, 403, 404, 404, 403)
        ),
        new(
            "POST",
            "/api/v1/trust-relationships/{id}/revoke",
            w => $"/api/v1/trust-relationships/{w.TrustConfirmedWithA}/revoke",
            _ => null,
            new(401, 200, 404, 403, 404, 404, 403)
        ),
        new(
            "POST",
            "/api/v1/trust-relationships/{id}/reconfirm",
            w => $"/api/v1/trust-relationships/{w.TrustConfirmedWithA}/reconfirm",
            _ => null,
            new(401, 200, 404, 403, 404, 404, 403)
        ),
        // Self-service: for people only.
        new("GET", "/api/v1/me", _ => "/api/v1/me", _ => null, new(401, 200, 200, 403, 403, 403, 403)),
        new(
            "PUT",
            "/api/v1/me/profile",
            _ => "/api/v1/me/profile",
            _ => Profile,
            new(401, 200, 200, 403, 403, 403, 403),
            IfMatch: "\"1\""
        ),
        new(
            "PATCH",
            "/api/v1/me/profile",
            _ => "/api/v1/me/profile",
            _ => MergePatch("""{"about": "Mentor"}"""),
            new(401, 200, 200, 403, 403, 403, 403),
            IfMatch: "\"1\""
        ),
        new(
            "GET",
            "/api/v1/me/reminders",
            _ => "/api/v1/me/reminders",
            _ => null,
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        new(
            "PUT",
            "/api/v1/me/reminders",
            _ => "/api/v1/me/reminders",
            _ => new { optional = false },
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        new(
            "PUT",
            "/api/v1/me/consent",
            _ => "/api/v1/me/consent",
            _ => new { optionalFields = false },
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        new(
            "POST",
            "/api/v1/me/listing",
            _ => "/api/v1/me/listing",
            _ => new { accept = true },
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        new(
            "POST",
            "/api/v1/me/verification",
            _ => "/api/v1/me/verification",
            _ => null,
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        new(
            "GET",
            "/api/v1/me/trust-relationships",
            _ => "/api/v1/me/trust-relationships",
            _ => null,
            Expect.AnyAuthenticated
        ),
        new(
            "GET",
            "/api/v1/me/restricted-reads",
            _ => "/api/v1/me/restricted-reads",
            _ => null,
            new(401, 200, 200, 403, 403, 403, 403)
        ),
        // Municipalities: A's settings, unchanged by the body so the content ETag stays valid for every principal.
        new("GET", "/api/v1/municipalities", _ => "/api/v1/municipalities", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/municipalities/{code}",
            _ => "/api/v1/municipalities/GM9901",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "POST",
            "/api/v1/municipalities",
            _ => "/api/v1/municipalities",
            _ => new { code = "GM9960", name = "Matrixdorp" },
            AdminOnly(201)
        ),
        new(
            "PUT",
            "/api/v1/municipalities/{code}",
            _ => "/api/v1/municipalities/GM9901",
            _ => new { name = Amberveen.Name, trustValidityMonths = Amberveen.TrustValidityMonths },
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: ContentTag(Amberveen)
        ),
        // Catalogues: readable by all, changed by admins; PUT bodies equal the seeded content.
        new("GET", "/api/v1/domains", _ => "/api/v1/domains", _ => null, Expect.AnyAuthenticated),
        new("GET", "/api/v1/domains/{id}", _ => "/api/v1/domains/youth", _ => null, Expect.AnyAuthenticated),
        new(
            "POST",
            "/api/v1/domains",
            _ => "/api/v1/domains",
            _ => new
            {
                id = "matrix-domain",
                name = "Matrix",
                nameNl = "Matrix",
            },
            AdminOnly(201)
        ),
        new(
            "PUT",
            "/api/v1/domains/{id}",
            _ => "/api/v1/domains/youth",
            _ => new { name = Youth.Name, nameNl = Youth.NameNl },
            AdminOnly(200),
            IfMatch: ContentTag(Youth)
        ),
        new("GET", "/api/v1/professions", _ => "/api/v1/professions", _ => null, Expect.AnyAuthenticated),
        new("GET", "/api/v1/professions/{id}", _ => "/api/v1/professions/teacher", _ => null, Expect.AnyAuthenticated),
        new(
            "POST",
            "/api/v1/professions",
            _ => "/api/v1/professions",
            _ => new
            {
                id = "matrix-profession",
                name = "Matrix",
                nameNl = "Matrix",
                regime = "professionalCode",
                legalSource = "Matrix",
            },
            AdminOnly(201)
        ),
        new(
            "PUT",
            "/api/v1/professions/{id}",
            _ => "/api/v1/professions/teacher",
            _ => new
            {
                name = Teacher.Name,
                nameNl = Teacher.NameNl,
                regime = "generalDataProtection",
                legalSource = Teacher.LegalSource,
            },
            AdminOnly(200),
            IfMatch: ContentTag(Teacher)
        ),
        new("GET", "/api/v1/concern-types", _ => "/api/v1/concern-types", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/concern-types/{id}",
            _ => "/api/v1/concern-types/mental-health",
            _ => null,
            Expect.AnyAuthenticated
        ),
        new(
            "POST",
            "/api/v1/concern-types",
            _ => "/api/v1/concern-types",
            _ => new
            {
                id = "matrix-concern",
                name = "Matrix",
                nameNl = "Matrix",
                description = "Matrix",
                expertiseTags = new[] { "matrix" },
            },
            AdminOnly(201)
        ),
        new(
            "PUT",
            "/api/v1/concern-types/{id}",
            _ => "/api/v1/concern-types/mental-health",
            _ => new
            {
                name = MentalHealth.Name,
                nameNl = MentalHealth.NameNl,
                description = MentalHealth.Description,
                expertiseTags = MentalHealth.ExpertiseTags,
            },
            AdminOnly(200),
            IfMatch: ContentTag(MentalHealth)
        ),
        // Routes and covenants of municipality A.
        new("GET", "/api/v1/routes", _ => "/api/v1/routes", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/routes/{id}",
            w => $"/api/v1/routes/{w.RouteA}",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "POST",
            "/api/v1/routes",
            _ => "/api/v1/routes",
            w => new
            {
                municipality = "GM9901",
                concernType = w.UnroutedConcern,
                steps = EmergencyOnly,
            },
            new(401, 403, 403, 201, 400, 403, 201)
        ),
        new(
            "PUT",
            "/api/v1/routes/{id}",
            w => $"/api/v1/routes/{w.RouteA}",
            _ => new { steps = EmergencyOnly },
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        new("GET", "/api/v1/covenants", _ => "/api/v1/covenants", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/covenants/{id}",
            w => $"/api/v1/covenants/{w.CovenantA}",
            _ => null,
            new(401, 200, 404, 200, 404, 200, 200)
        ),
        new(
            "POST",
            "/api/v1/covenants",
            _ => "/api/v1/covenants",
            w => Covenant(w),
            new(401, 403, 403, 201, 400, 403, 201)
        ),
        new(
            "PUT",
            "/api/v1/covenants/{id}",
            w => $"/api/v1/covenants/{w.CovenantA}",
            w => Covenant(w),
            new(401, 403, 404, 200, 404, 403, 200),
            IfMatch: "\"1\""
        ),
        // Workshops: a past workshop of A with professional A and the person A trusts as participants.
        new("GET", "/api/v1/workshops", _ => "/api/v1/workshops", _ => null, Expect.AnyAuthenticated),
        new(
            "GET",
            "/api/v1/workshops/{id}",
            w => $"/api/v1/workshops/{w.WorkshopA}",
            _ => null,
            new(401, 200, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/workshops",
            _ => "/api/v1/workshops",
            _ => Workshop("GM9901"),
            new(401, 403, 403, 201, 400, 403, 201)
        ),
        new(
            "PUT",
            "/api/v1/workshops/{id}",
            w => $"/api/v1/workshops/{w.WorkshopA}",
            _ => WorkshopDetails,
            new(401, 403, 404, 200, 404, 404, 200),
            IfMatch: "\"1\""
        ),
        new(
            "GET",
            "/api/v1/workshops/{id}/participants",
            w => $"/api/v1/workshops/{w.WorkshopA}/participants",
            _ => null,
            new(401, 200, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/participants",
            w => $"/api/v1/workshops/{w.WorkshopA}/participants",
            w => new { professionalId = w.ColleagueA },
            new(401, 403, 404, 201, 404, 404, 201)
        ),
        new(
            "DELETE",
            "/api/v1/workshops/{id}/participants/{professionalId}",
            w => $"/api/v1/workshops/{w.WorkshopA}/participants/{w.ProfessionalA}",
            _ => null,
            new(401, 403, 404, 204, 404, 404, 204)
        ),
        new(
            "PUT",
            "/api/v1/workshops/{id}/attendance",
            w => $"/api/v1/workshops/{w.WorkshopA}/attendance",
            w => new[] { new { professionalId = w.ProfessionalA, attended = false } },
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/participants/import",
            w => $"/api/v1/workshops/{w.WorkshopA}/participants/import",
            _ => new StringContent("name;email;organisation;profession\n", System.Text.Encoding.UTF8, "text/csv"),
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/trust",
            w => $"/api/v1/workshops/{w.WorkshopA}/trust",
            w => new { professionalIds = new[] { w.OtherA } },
            new(401, 200, 404, 403, 404, 404, 403)
        ),
        new(
            "GET",
            "/api/v1/workshops/{id}/pending-trust",
            w => $"/api/v1/workshops/{w.WorkshopA}/pending-trust",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        // Workshop outcomes: its coordinators and admins (and granted facilitators); a participant submits an evaluation.
        new(
            "GET",
            "/api/v1/workshops/{id}/outcomes",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "GET",
            "/api/v1/workshops/{id}/outcomes/items",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/items",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "GET",
            "/api/v1/workshops/{id}/outcomes/agreements",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/agreements",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/outcomes/items",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/items",
            _ => OutcomeItem,
            new(401, 403, 404, 201, 404, 404, 201)
        ),
        new(
            "PUT",
            "/api/v1/workshops/{id}/outcomes/items/{itemId}",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/items/{w.OutcomeItemA}",
            _ => OutcomeItem,
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        new(
            "DELETE",
            "/api/v1/workshops/{id}/outcomes/items/{itemId}",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/items/{w.OutcomeItemA}",
            _ => null,
            new(401, 403, 404, 204, 404, 404, 204)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/outcomes/agreements",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/agreements",
            w => Agreement(w),
            new(401, 403, 404, 201, 404, 404, 201)
        ),
        new(
            "PUT",
            "/api/v1/workshops/{id}/outcomes/agreements/{agreementId}",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/agreements/{w.AgreementA}",
            w => Agreement(w),
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        new(
            "DELETE",
            "/api/v1/workshops/{id}/outcomes/agreements/{agreementId}",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/agreements/{w.AgreementA}",
            _ => null,
            new(401, 403, 404, 204, 404, 404, 204)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/outcomes/evaluations",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/evaluations",
            _ => new { signalling = 4, comment = "Helder" },
            new(401, 201, 404, 201, 404, 404, 201)
        ),
        new(
            "POST",
            "/api/v1/workshops/{id}/outcomes/evaluations/import",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/evaluations/import",
            _ => new StringContent("signalling;comment\n4;Goed\n", System.Text.Encoding.UTF8, "text/csv"),
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        new(
            "PUT",
            "/api/v1/workshops/{id}/outcomes/editors",
            w => $"/api/v1/workshops/{w.WorkshopA}/outcomes/editors",
            w => new { professionalIds = new[] { w.OtherA } },
            new(401, 403, 404, 200, 404, 404, 200)
        ),
        // Network reports: coordinators of the municipality and admins only; for everyone else they do not exist.
        new(
            "GET",
            "/api/v1/workshops/{id}/network-report",
            w => $"/api/v1/workshops/{w.WorkshopA}/network-report",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "GET",
            "/api/v1/workshops/{id}/report",
            w => $"/api/v1/workshops/{w.WorkshopA}/report",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "GET",
            "/api/v1/municipalities/{code}/workshop-history",
            _ => "/api/v1/municipalities/GM9901/workshop-history",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        new(
            "GET",
            "/api/v1/municipalities/{code}/network-report",
            _ => "/api/v1/municipalities/GM9901/network-report",
            _ => null,
            new(401, 404, 404, 200, 404, 404, 200)
        ),
        // Audit trail.
        new(
            "GET",
            "/api/v1/audit-events",
            _ => "/api/v1/audit-events",
            _ => null,
            new(401, 403, 403, 200, 200, 403, 200)
        ),
        // The lookup: people in a network, its coordinators, and systems with network.lookup ask; administrators belong to no network.
        new(
            "POST",
            "/api/v1/lookups",
            _ => "/api/v1/lookups",
            _ => new { concernType = "radicalisation" },
            new(401, 200, 200, 200, 200, 200, 403)
        ),
        // Mirroring: every principal gets its own view (a system client without scope an empty one).
        new("GET", "/api/v1/changes", _ => "/api/v1/changes?pageSize=5", _ => null, Expect.AnyAuthenticated),
        new("GET", "/api/v1/export", _ => "/api/v1/export", _ => null, Expect.AnyAuthenticated),
        // Accounts and roles: coordinators for their municipalities, administrators for all; nobody else.
        new("GET", "/api/v1/accounts", _ => "/api/v1/accounts", _ => null, new(401, 403, 403, 200, 200, 403, 200)),
        new(
            "GET",
            "/api/v1/accounts/{id}",
            w => $"/api/v1/accounts/{w.AccountA}",
            _ => null,
            new(401, 403, 403, 200, 404, 403, 200)
        ),
        new(
            "POST",
            "/api/v1/accounts/{id}/roles",
            w => $"/api/v1/accounts/{w.AccountA}/roles",
            _ => new { role = "coordinator", municipality = "GM9901" },
            new(401, 403, 403, 200, 404, 403, 200)
        ),
        new(
            "DELETE",
            "/api/v1/accounts/{id}/roles/{grantId}",
            w => $"/api/v1/accounts/{w.AccountA}/roles/{w.GrantA}",
            _ => null,
            new(401, 403, 403, 204, 404, 403, 204)
        ),
        new(
            "GET",
            "/api/v1/system-clients",
            _ => "/api/v1/system-clients",
            _ => null,
            new(401, 403, 403, 200, 200, 403, 200)
        ),
        new(
            "POST",
            "/api/v1/system-clients",
            _ => "/api/v1/system-clients",
            _ => new
            {
                issuer = "https://idp.matrix.test",
                clientId = $"matrix-{Guid.NewGuid():N}",
                name = "Matrix registration",
                municipality = "GM9901",
                scopes = new[] { "network.directory.read" },
            },
            new(401, 403, 403, 201, 403, 403, 201)
        ),
        new(
            "DELETE",
            "/api/v1/system-clients/{id}",
            w => $"/api/v1/system-clients/{w.SystemClientA}",
            _ => null,
            new(401, 403, 403, 204, 404, 403, 204)
        ),
        // Invitations: a pending person is seen only by their municipality's coordinators (and admins), who invite.
        new(
            "POST",
            "/api/v1/professionals/{id}/invitations",
            w => $"/api/v1/professionals/{w.InviteeA}/invitations",
            _ => new { },
            new(401, 404, 404, 201, 404, 404, 201)
        ),
        new(
            "GET",
            "/api/v1/invitations",
            _ => "/api/v1/invitations",
            _ => null,
            new(401, 403, 403, 200, 200, 403, 200)
        ),
        new(
            "DELETE",
            "/api/v1/invitations/{id}",
            w => $"/api/v1/invitations/{w.InvitationA}",
            _ => null,
            new(401, 403, 403, 204, 404, 403, 204)
        ),
    ];
}
