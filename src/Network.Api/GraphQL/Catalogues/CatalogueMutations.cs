using System.ComponentModel;
using GraphQL;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>Catalogue changes: administrators add and edit entries; coordinators edit their municipality's settings.</summary>
public sealed class CatalogueMutations
{
    private const string VersionHelp =
        "The version you read; the change is refused with PRECONDITION_FAILED if the entry changed since (REST: If-Match).";

    [Description("Adds a municipality (administrators).")]
    public static async Task<MunicipalityDto?> CreateMunicipality(
        [FromServices] MunicipalityService municipalities,
        [Description("The new municipality.")] MunicipalityCreateInput input,
        CancellationToken ct
    ) => await municipalities.CreateAsync(input, ct);

    [Description("Changes a municipality's settings (its coordinators, administrators).")]
    public static async Task<MunicipalityDto?> UpdateMunicipality(
        [FromServices] MunicipalityService municipalities,
        [Description("CBS code of the municipality.")] string code,
        [Description(VersionHelp)] string expectedVersion,
        [Description("The new settings.")] MunicipalityUpdateInput input,
        CancellationToken ct
    ) => await municipalities.UpdateAsync(code, input, expectedVersion, ct);

    [Description("Adds a domain (administrators).")]
    public static async Task<DomainDto?> CreateDomain(
        [FromServices] DomainService domains,
        [Description("The new domain.")] DomainCreateInput input,
        CancellationToken ct
    ) => await domains.CreateAsync(input, ct);

    [Description("Replaces a domain's names (administrators).")]
    public static async Task<DomainDto?> UpdateDomain(
        [FromServices] DomainService domains,
        [Description("The domain's id.")] string id,
        [Description(VersionHelp)] string expectedVersion,
        [Description("The new names.")] DomainUpdateInput input,
        CancellationToken ct
    ) => await domains.UpdateAsync(id, input, expectedVersion, ct);

    [Description("Adds a profession (administrators).")]
    public static async Task<ProfessionDto?> CreateProfession(
        [FromServices] ProfessionService professions,
        [Description("The new profession.")] ProfessionCreateInput input,
        CancellationToken ct
    ) => await professions.CreateAsync(input, ct);

    [Description("Replaces a profession's details (administrators).")]
    public static async Task<ProfessionDto?> UpdateProfession(
        [FromServices] ProfessionService professions,
        [Description("The profession's id.")] string id,
        [Description(VersionHelp)] string expectedVersion,
        [Description("The new details.")] ProfessionUpdateInput input,
        CancellationToken ct
    ) => await professions.UpdateAsync(id, input, expectedVersion, ct);

    [Description("Adds a concern type (administrators).")]
    public static async Task<ConcernTypeDto?> CreateConcernType(
        [FromServices] ConcernTypeService concernTypes,
        [Description("The new concern type.")] ConcernTypeCreateInput input,
        CancellationToken ct
    ) => await concernTypes.CreateAsync(input, ct);

    [Description("Replaces a concern type's details (administrators).")]
    public static async Task<ConcernTypeDto?> UpdateConcernType(
        [FromServices] ConcernTypeService concernTypes,
        [Description("The concern type's id.")] string id,
        [Description(VersionHelp)] string expectedVersion,
        [Description("The new details.")] ConcernTypeUpdateInput input,
        CancellationToken ct
    ) => await concernTypes.UpdateAsync(id, input, expectedVersion, ct);
}
