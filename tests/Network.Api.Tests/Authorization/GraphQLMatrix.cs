using Network.Api.GraphQL.Relay;
using Network.Api.Tests.Infrastructure.World;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Authorization;

/// <summary>One GraphQL root field: a document that calls it in a world, and the expected outcome per principal
/// ("ok" = answered without errors, otherwise the error's <c>extensions.code</c>).</summary>
public sealed record GraphQLRow(string Field, string Document, Func<MatrixCell, object?> Variables, GqlExpect Expect)
{
    public override string ToString() => Field;
}

/// <summary>Expected outcomes in principal order: anonymous, prof A, prof B, coord A, coord B, system, admin.</summary>
public sealed record GqlExpect(
    string Anonymous,
    string ProfessionalA,
    string ProfessionalB,
    string CoordinatorA,
    string CoordinatorB,
    string System,
    string Admin
)
{
    public string For(Principal p) =>
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

    public const string Ok = "ok";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Invalid = "VALIDATION_FAILED";
    public const string Stale = "PRECONDITION_FAILED";
    public const string Conflict = "CONFLICT";

    public static readonly GqlExpect AnyAuthenticated = new(Unauthenticated, Ok, Ok, Ok, Ok, Ok, Ok);

    /// <summary>An object of municipality A: its people, its coordinator, a system client of A, and admins.</summary>
    public static readonly GqlExpect OfA = new(Unauthenticated, Ok, NotFound, Ok, NotFound, Ok, Ok);

    /// <summary>A change to an object of A that coordinators of A and admins may make.</summary>
    public static readonly GqlExpect MaintainA = new(Unauthenticated, Forbidden, NotFound, Ok, NotFound, Forbidden, Ok);
    public static readonly GqlExpect PeopleOnly = new(
        Unauthenticated,
        Ok,
        Ok,
        Forbidden,
        Forbidden,
        Forbidden,
        Forbidden
    );

    /// <summary>Catalogue writes; a stale version proves the admin got past authorization.</summary>
    public static readonly GqlExpect AdminOnly = new(
        Unauthenticated,
        Forbidden,
        Forbidden,
        Forbidden,
        Forbidden,
        Forbidden,
        Ok
    );
    public static readonly GqlExpect AdminOnlyStale = new(
        Unauthenticated,
        Forbidden,
        Forbidden,
        Forbidden,
        Forbidden,
        Forbidden,
        Stale
    );
}

/// <summary>
/// The written-down expectation for every GraphQL root field. A field in the served schema without a row
/// fails <see cref="GraphQLAuthorizationMatrixTests.Every_graphql_root_field_has_a_row"/>.
/// </summary>
public static class GraphQLMatrix
{
    private static string Org(Guid id) => GlobalId.Encode("Organisation", id);

    private static string Prof(Guid id) => GlobalId.Encode("Professional", id);

    private static string Trust(Guid id) => GlobalId.Encode("TrustRelationship", id);

    private static string Route(Guid id) => GlobalId.Encode("Route", id);

    private static string Covenant(Guid id) => GlobalId.Encode("Covenant", id);

    private static string Workshop(Guid id) => GlobalId.Encode("Workshop", id);

    /// <summary>Reads and writes of workshop A, as the REST matrix writes them down: its maintainers, else forbidden or absent.</summary>
    private static readonly GqlExpect WorkshopOfA = new(
        GqlExpect.Unauthenticated,
        "ok",
        GqlExpect.NotFound,
        "ok",
        GqlExpect.NotFound,
        GqlExpect.NotFound,
        "ok"
    );
    private static readonly GqlExpect MaintainWorkshopA = new(
        GqlExpect.Unauthenticated,
        GqlExpect.Forbidden,
        GqlExpect.NotFound,
        "ok",
        GqlExpect.NotFound,
        GqlExpect.NotFound,
        "ok"
    );
    private static readonly GqlExpect ReportOfA = new(
        GqlExpect.Unauthenticated,
        GqlExpect.NotFound,
        GqlExpect.NotFound,
        "ok",
        GqlExpect.NotFound,
        GqlExpect.NotFound,
        "ok"
    );

    private static readonly object OrganisationA = new
    {
        name = "Matrix Made",
        kind = "school",
        domains = new[] { "education" },
        municipalities = new[] { "GM9901" },
    };
    private static readonly object ProfessionalA = new
    {
        givenName = "Mat",
        familyName = "Rix",
        professionId = "teacher",
        municipalities = new[] { "GM9901" },
    };

    private static object CovenantA(MatrixCell w) =>
        new
        {
            title = "Matrix",
            purpose = "Matrix",
            validFrom = "2026-01-01",
            municipalities = new[] { "GM9901" },
            signatories = new[] { Org(w.OrganisationA), Org(DemoNetwork.Ids.AmberlyceumOrg) },
        };

    private static readonly object[] EmergencyStep =
    [
        new
        {
            kind = "EMERGENCY",
            lineName = "Politie 112",
            linePhone = "112",
            methodStep = "EMERGENCY",
        },
    ];

    public static readonly GraphQLRow[] Rows =
    [
        // Queries
        new(
            "viewer",
            "{ viewer { role } }",
            _ => null,
            new(GqlExpect.Unauthenticated, "ok", "ok", "ok", "ok", "ok", "ok")
        ),
        new("me", "{ me { id } }", _ => null, GqlExpect.PeopleOnly),
        new("myTrustRelationships", "{ myTrustRelationships { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("myRestrictedReads", "{ myRestrictedReads { totalCount } }", _ => null, GqlExpect.PeopleOnly),
        new("municipalities", "{ municipalities { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new(
            "municipality",
            "{ municipality(code: \"GM9901\") { code } }",
            _ => null,
            new(GqlExpect.Unauthenticated, "ok", GqlExpect.NotFound, "ok", GqlExpect.NotFound, "ok", "ok")
        ),
        new("domains", "{ domains { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("domain", "{ domain(id: \"youth\") { id } }", _ => null, GqlExpect.AnyAuthenticated),
        new("professions", "{ professions { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("profession", "{ profession(id: \"teacher\") { id } }", _ => null, GqlExpect.AnyAuthenticated),
        new("concernTypes", "{ concernTypes { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("concernType", "{ concernType(id: \"radicalisation\") { id } }", _ => null, GqlExpect.AnyAuthenticated),
        new("organisations", "{ organisations { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new(
            "organisation",
            "query($id: ID!) { organisation(id: $id) { id } }",
            w => new { id = Org(w.OrganisationA) },
            GqlExpect.OfA
        ),
        new("professionals", "{ professionals { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new(
            "professional",
            "query($id: ID!) { professional(id: $id) { id } }",
            w => new { id = Prof(w.ColleagueA) },
            GqlExpect.OfA
        ),
        new(
            "contactPointVisibility",
            "query($id: ID!) { contactPointVisibility(professionalId: $id) { viewerRole } }",
            w => new { id = Prof(w.ColleagueA) },
            GqlExpect.OfA
        ),
        new("node", "query($id: ID!) { node(id: $id) { id } }", w => new { id = Org(w.OrganisationA) }, GqlExpect.OfA),
        new(
            "nodes",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            w => new { ids = new[] { Org(w.OrganisationA) } },
            new(GqlExpect.Unauthenticated, "ok", GqlExpect.NotFound, "ok", GqlExpect.NotFound, "ok", "ok")
        ),
        new("trustRelationships", "{ trustRelationships { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("routes", "{ routes { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new("covenants", "{ covenants { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new(
            "changes",
            "{ changes(first: 5) { cursor hasMore items { type id nodeId change } } }",
            _ => null,
            GqlExpect.AnyAuthenticated
        ),
        new(
            "auditEvents",
            "{ auditEvents { totalCount } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                "ok",
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        // Organisations and professionals of A
        new(
            "createOrganisation",
            "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
            _ => new { input = OrganisationA },
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateOrganisation",
            "mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, expectedVersion: 1, input: $input) { id } }",
            w => new { id = Org(w.OrganisationA), input = OrganisationA },
            GqlExpect.MaintainA
        ),
        new(
            "patchOrganisation",
            "mutation($id: ID!) { patchOrganisation(id: $id, expectedVersion: 1, patch: { kind: \"vo-school\" }) { id } }",
            w => new { id = Org(w.OrganisationA) },
            GqlExpect.MaintainA
        ),
        new(
            "deactivateOrganisation",
            "mutation($id: ID!) { deactivateOrganisation(id: $id) { id } }",
            w => new { id = Org(w.OrganisationA) },
            GqlExpect.MaintainA
        ),
        new(
            "reactivateOrganisation",
            "mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }",
            w => new { id = Org(w.OrganisationA) },
            GqlExpect.MaintainA
        ),
        new(
            "createProfessional",
            "mutation($input: ProfessionalInput!) { createProfessional(input: $input) { id } }",
            _ => new { input = ProfessionalA },
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateProfessional",
            "mutation($id: ID!, $input: ProfessionalInput!) { updateProfessional(id: $id, expectedVersion: 1, input: $input) { id } }",
            w => new { id = Prof(w.ColleagueA), input = ProfessionalA },
            GqlExpect.MaintainA
        ),
        new(
            "patchProfessional",
            "mutation($id: ID!) { patchProfessional(id: $id, expectedVersion: 1, patch: { familyName: \"Rix\" }) { id } }",
            w => new { id = Prof(w.ColleagueA) },
            GqlExpect.MaintainA
        ),
        new(
            "deactivateProfessional",
            "mutation($id: ID!) { deactivateProfessional(id: $id) { id } }",
            w => new { id = Prof(w.ColleagueA) },
            GqlExpect.MaintainA
        ),
        new(
            "reactivateProfessional",
            "mutation($id: ID!) { reactivateProfessional(id: $id) { id } }",
            w => new { id = Prof(w.ColleagueA) },
            GqlExpect.MaintainA
        ),
        // Trust: personal
        new(
            "proposeTrust",
            "mutation($id: ID!) { proposeTrust(professionalId: $id) { id } }",
            w => new { id = Prof(w.ColleagueA) },
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Conflict,
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden
            )
        ),
        new(
            "confirmTrust",
            "mutation($id: ID!) { confirmTrust(id: $id) { id } }",
            w => new { id = Trust(w.TrustProposedToA) },
            new(
                GqlExpect.Unauthenticated,
                "ok",
                GqlExpect.NotFound,
                GqlExpect.Forbidden,
                GqlExpect.NotFound,
                GqlExpect.NotFound,
                GqlExpect.Forbidden
            )
        ),
        new(
            "revokeTrust",
            "mutation($id: ID!) { revokeTrust(id: $id) { id } }",
            w => new { id = Trust(w.TrustConfirmedWithA) },
            new(
                GqlExpect.Unauthenticated,
                "ok",
                GqlExpect.NotFound,
                GqlExpect.Forbidden,
                GqlExpect.NotFound,
                GqlExpect.NotFound,
                GqlExpect.Forbidden
            )
        ),
        new(
            "reconfirmTrust",
            "mutation($id: ID!) { reconfirmTrust(id: $id) { id } }",
            w => new { id = Trust(w.TrustConfirmedWithA) },
            new(
                GqlExpect.Unauthenticated,
                "ok",
                GqlExpect.NotFound,
                GqlExpect.Forbidden,
                GqlExpect.NotFound,
                GqlExpect.NotFound,
                GqlExpect.Forbidden
            )
        ),
        // Self-service
        new(
            "updateMyProfile",
            "mutation { updateMyProfile(expectedVersion: 1, input: { about: \"Mentor\" }) { id } }",
            _ => null,
            GqlExpect.PeopleOnly
        ),
        new(
            "patchMyProfile",
            "mutation { patchMyProfile(expectedVersion: 1, patch: { about: \"Mentor\" }) { id } }",
            _ => null,
            GqlExpect.PeopleOnly
        ),
        new("setMyConsent", "mutation { setMyConsent(optionalFields: false) { id } }", _ => null, GqlExpect.PeopleOnly),
        new("setMyListing", "mutation { setMyListing(accept: true) { id } }", _ => null, GqlExpect.PeopleOnly),
        new("verifyMyEntry", "mutation { verifyMyEntry { id } }", _ => null, GqlExpect.PeopleOnly),
        // Routes and covenants of A
        new(
            "createRoute",
            "mutation($input: RouteCreateInput!) { createRoute(input: $input) { id } }",
            w => new
            {
                input = new
                {
                    municipality = "GM9901",
                    concernType = w.UnroutedConcern,
                    steps = EmergencyStep,
                },
            },
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateRoute",
            "mutation($id: ID!, $steps: [RouteStepInput!]!) { updateRoute(id: $id, expectedVersion: 1, input: { steps: $steps }) { id } }",
            w => new { id = Route(w.RouteA), steps = EmergencyStep },
            GqlExpect.MaintainA
        ),
        new(
            "createCovenant",
            "mutation($input: CovenantInput!) { createCovenant(input: $input) { id } }",
            w => new { input = CovenantA(w) },
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateCovenant",
            "mutation($id: ID!, $input: CovenantInput!) { updateCovenant(id: $id, expectedVersion: 1, input: $input) { id } }",
            w => new { id = Covenant(w.CovenantA), input = CovenantA(w) },
            GqlExpect.MaintainA
        ),
        // Catalogues: administrators edit; municipalities' settings also by their coordinators.
        new(
            "createDomain",
            "mutation { createDomain(input: { id: \"matrix-domain\", name: \"Matrix\", nameNl: \"Matrix\" }) { id } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateDomain",
            "mutation { updateDomain(id: \"youth\", expectedVersion: \"stale\", input: { name: \"Youth\", nameNl: \"Jeugd\" }) { id } }",
            _ => null,
            GqlExpect.AdminOnlyStale
        ),
        new(
            "createProfession",
            "mutation { createProfession(input: { id: \"matrix-profession\", name: \"M\", nameNl: \"M\", regime: PROFESSIONAL_CODE, legalSource: \"Code\" }) { id } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateProfession",
            "mutation { updateProfession(id: \"teacher\", expectedVersion: \"stale\", input: { name: \"Teacher\", nameNl: \"Docent\", regime: GENERAL_DATA_PROTECTION, legalSource: \"AVG\" }) { id } }",
            _ => null,
            GqlExpect.AdminOnlyStale
        ),
        new(
            "createConcernType",
            "mutation { createConcernType(input: { id: \"matrix-concern\", name: \"M\", nameNl: \"M\", description: \"M\", expertiseTags: [\"radicalisation\"] }) { id } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateConcernType",
            "mutation { updateConcernType(id: \"radicalisation\", expectedVersion: \"stale\", input: { name: \"R\", nameNl: \"R\", description: \"R\", expertiseTags: [\"radicalisation\"] }) { id } }",
            _ => null,
            GqlExpect.AdminOnlyStale
        ),
        new(
            "createMunicipality",
            "mutation { createMunicipality(input: { code: \"GM9977\", name: \"Matrixdam\" }) { code } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateMunicipality",
            "mutation { updateMunicipality(code: \"GM9901\", expectedVersion: \"stale\", input: { name: \"Amberveen\", trustValidityMonths: 24 }) { code } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.NotFound,
                GqlExpect.Stale,
                GqlExpect.NotFound,
                GqlExpect.Forbidden,
                GqlExpect.Stale
            )
        ),
        // Workshops of A (a past workshop with professional A and the person A trusts) and network reports.
        new("workshops", "{ workshops { totalCount } }", _ => null, GqlExpect.AnyAuthenticated),
        new(
            "workshop",
            "query($id: ID!) { workshop(id: $id) { id participants { name } } }",
            w => new { id = Workshop(w.WorkshopA) },
            WorkshopOfA
        ),
        new(
            "createWorkshop",
            "mutation { createWorkshop(input: { municipality: \"GM9901\", title: \"Matrix workshop\", date: \"2026-03-12\", place: \"Town hall\" }) { id } }",
            _ => null,
            new(
                GqlExpect.Unauthenticated,
                GqlExpect.Forbidden,
                GqlExpect.Forbidden,
                "ok",
                GqlExpect.Invalid,
                GqlExpect.Forbidden,
                "ok"
            )
        ),
        new(
            "updateWorkshop",
            "mutation($id: ID!) { updateWorkshop(id: $id, expectedVersion: 1, input: { title: \"Matrix workshop\", date: \"2026-03-12\", place: \"Library\", seats: 12 }) { id } }",
            w => new { id = Workshop(w.WorkshopA) },
            MaintainWorkshopA
        ),
        new(
            "addWorkshopParticipant",
            "mutation($id: ID!, $p: ID!) { addWorkshopParticipant(workshopId: $id, professionalId: $p) { added } }",
            w => new { id = Workshop(w.WorkshopA), p = Prof(w.ColleagueA) },
            MaintainWorkshopA
        ),
        new(
            "removeWorkshopParticipant",
            "mutation($id: ID!, $p: ID!) { removeWorkshopParticipant(workshopId: $id, professionalId: $p) { id } }",
            w => new { id = Workshop(w.WorkshopA), p = Prof(w.ProfessionalA) },
            MaintainWorkshopA
        ),
        new(
            "setWorkshopAttendance",
            "mutation($id: ID!, $p: ID!) { setWorkshopAttendance(workshopId: $id, attendance: [{ professionalId: $p, attended: false }]) { attended } }",
            w => new { id = Workshop(w.WorkshopA), p = Prof(w.ProfessionalA) },
            MaintainWorkshopA
        ),
        new(
            "importAttendance",
            "mutation($id: ID!) { importAttendance(workshopId: $id, csv: \"name;email;organisation;profession\\n\") { rows } }",
            w => new { id = Workshop(w.WorkshopA) },
            MaintainWorkshopA
        ),
        new(
            "trustAfterWorkshop",
            "mutation($id: ID!, $p: ID!) { trustAfterWorkshop(workshopId: $id, professionalIds: [$p]) { items { outcome } } }",
            w => new { id = Workshop(w.WorkshopA), p = Prof(w.OtherA) },
            new(
                GqlExpect.Unauthenticated,
                "ok",
                GqlExpect.NotFound,
                GqlExpect.Forbidden,
                GqlExpect.NotFound,
                GqlExpect.NotFound,
                GqlExpect.Forbidden
            )
        ),
        new(
            "networkReport",
            "{ networkReport(municipality: \"GM9901\") { summary { professionals } } }",
            _ => null,
            ReportOfA
        ),
        new(
            "workshopNetworkReport",
            "query($id: ID!) { workshopNetworkReport(workshopId: $id) { delta { trustFromWorkshop } } }",
            w => new { id = Workshop(w.WorkshopA) },
            ReportOfA
        ),
        // Workshop outcomes, as REST: its coordinators and admins; a participant submits their own evaluation.
        new(
            "workshopOutcomes",
            "query($id: ID!) { workshopOutcomes(workshopId: $id) { items { text } evaluations { count } } }",
            w => new { id = Workshop(w.WorkshopA) },
            ReportOfA
        ),
        new(
            "addWorkshopOutcomeItem",
            "mutation($id: ID!) { addWorkshopOutcomeItem(workshopId: $id, input: { kind: DILEMMA, aim: SIGNALLING, text: \"Wie bel ik?\" }) { id } }",
            w => new { id = Workshop(w.WorkshopA) },
            MaintainWorkshopA
        ),
        new(
            "updateWorkshopOutcomeItem",
            "mutation($id: ID!, $item: ID!) { updateWorkshopOutcomeItem(workshopId: $id, itemId: $item, input: { kind: SOLUTION, aim: LEGAL_FRAMEWORKS, text: \"Anoniem overleggen\" }) { id } }",
            w => new { id = Workshop(w.WorkshopA), item = w.OutcomeItemA },
            MaintainWorkshopA
        ),
        new(
            "removeWorkshopOutcomeItem",
            "mutation($id: ID!, $item: ID!) { removeWorkshopOutcomeItem(workshopId: $id, itemId: $item) }",
            w => new { id = Workshop(w.WorkshopA), item = w.OutcomeItemA },
            MaintainWorkshopA
        ),
        new(
            "addWorkshopAgreement",
            "mutation($id: ID!, $o: ID!, $p: ID!) { addWorkshopAgreement(workshopId: $id, input: { text: \"School belt wijkagent\", organisationIds: [$o], ownerProfessionalId: $p }) { id } }",
            w => new
            {
                id = Workshop(w.WorkshopA),
                o = Org(w.OrganisationA),
                p = Prof(w.ProfessionalA),
            },
            MaintainWorkshopA
        ),
        new(
            "updateWorkshopAgreement",
            "mutation($id: ID!, $a: ID!, $o: ID!, $p: ID!) { updateWorkshopAgreement(workshopId: $id, agreementId: $a, input: { text: \"School belt wijkagent\", organisationIds: [$o], ownerProfessionalId: $p, status: DONE }) { status } }",
            w => new
            {
                id = Workshop(w.WorkshopA),
                a = w.AgreementA,
                o = Org(w.OrganisationA),
                p = Prof(w.ProfessionalA),
            },
            MaintainWorkshopA
        ),
        new(
            "removeWorkshopAgreement",
            "mutation($id: ID!, $a: ID!) { removeWorkshopAgreement(workshopId: $id, agreementId: $a) }",
            w => new { id = Workshop(w.WorkshopA), a = w.AgreementA },
            MaintainWorkshopA
        ),
        new(
            "submitWorkshopEvaluation",
            "mutation($id: ID!) { submitWorkshopEvaluation(workshopId: $id, input: { signalling: 4 }) { recorded } }",
            w => new { id = Workshop(w.WorkshopA) },
            WorkshopOfA
        ),
        new(
            "importWorkshopEvaluations",
            "mutation($id: ID!) { importWorkshopEvaluations(workshopId: $id, csv: \"signalling\\n4\\n\") { imported } }",
            w => new { id = Workshop(w.WorkshopA) },
            MaintainWorkshopA
        ),
        new(
            "setWorkshopOutcomeEditors",
            "mutation($id: ID!, $p: ID!) { setWorkshopOutcomeEditors(workshopId: $id, input: { professionalIds: [$p] }) { editors { name } } }",
            w => new { id = Workshop(w.WorkshopA), p = Prof(w.OtherA) },
            MaintainWorkshopA
        ),
        new(
            "workshopReport",
            "query($id: ID!) { workshopReport(workshopId: $id) { summary { dilemmas } recommendations { code } } }",
            w => new { id = Workshop(w.WorkshopA) },
            ReportOfA
        ),
        new(
            "workshopHistory",
            "{ workshopHistory(municipality: \"GM9901\") { overdueActions themes { theme } } }",
            _ => null,
            ReportOfA
        ),
        // The lookup: as REST, people in a network, its coordinators and systems with network.lookup ask; administrators belong to no network.
        new(
            "lookup",
            "{ lookup(input: { concernType: \"radicalisation\" }) { contacts { rank reason } } }",
            _ => null,
            new(GqlExpect.Unauthenticated, "ok", "ok", "ok", "ok", "ok", GqlExpect.Forbidden)
        ),
    ];
}
