using System.ComponentModel;
using GraphQL;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>The catalogues (as GET /api/v1/municipalities, /domains, /professions, /concern-types).</summary>
public sealed class CatalogueQueries
{
    [Description("The municipalities you belong to (administrators: all), by code.")]
    public static Task<Page<MunicipalityDto>> Municipalities(
        [FromServices] MunicipalityService municipalities,
        PageRequest page,
        CancellationToken ct
    ) => municipalities.ListAsync(page, ct);

    [Description("The domains catalogue, by id.")]
    public static Task<Page<DomainDto>> Domains(
        [FromServices] DomainService domains,
        PageRequest page,
        CancellationToken ct
    ) => domains.ListAsync(page, ct);

    [Description("The professions catalogue with confidentiality regimes, by id.")]
    public static Task<Page<ProfessionDto>> Professions(
        [FromServices] ProfessionService professions,
        PageRequest page,
        CancellationToken ct
    ) => professions.ListAsync(page, ct);

    [Description("The concern types catalogue, by id.")]
    public static Task<Page<ConcernTypeDto>> ConcernTypes(
        [FromServices] ConcernTypeService concernTypes,
        PageRequest page,
        CancellationToken ct
    ) => concernTypes.ListAsync(page, ct);

    [Description("One municipality you belong to, by CBS code; others give null and NOT_FOUND.")]
    public static async Task<MunicipalityDto?> Municipality(
        [FromServices] MunicipalityService municipalities,
        [Description("CBS code, e.g. GM9901.")] string code,
        CancellationToken ct
    ) => await municipalities.GetAsync(code, ct);

    [Description("One domain by id.")]
    public static async Task<DomainDto?> Domain(
        [FromServices] DomainService domains,
        [Description("Domain id, e.g. youth.")] string id,
        CancellationToken ct
    ) => await domains.GetAsync(id, ct);

    [Description("One profession by id.")]
    public static async Task<ProfessionDto?> Profession(
        [FromServices] ProfessionService professions,
        [Description("Profession id, e.g. youth-doctor.")] string id,
        CancellationToken ct
    ) => await professions.GetAsync(id, ct);

    [Description("One concern type by id.")]
    public static async Task<ConcernTypeDto?> ConcernType(
        [FromServices] ConcernTypeService concernTypes,
        [Description("Concern type id, e.g. radicalisation.")] string id,
        CancellationToken ct
    ) => await concernTypes.GetAsync(id, ct);
}
