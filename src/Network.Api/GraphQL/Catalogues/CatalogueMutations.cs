using System.ComponentModel;
using GraphQL;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>Catalogue changes: administrators add and edit entries; coordinators edit their municipality's settings.</summary>
public sealed class CatalogueMutations
{
    private const string VersionHelp = "The version you read; the change is refused with PRECONDITION_FAILED if the entry changed since (REST: If-Match).";

    [Description("Adds a municipality (administrators).")]
    public static async Task<MunicipalityDto?> CreateMunicipality([FromServices] MunicipalityService municipalities, CancellationToken ct,
        [Description("The new municipality.")] MunicipalityCreateInput input) => await municipalities.CreateAsync(input, ct);

    [Description("Changes a municipality's settings (its coordinators, administrators).")]
    public static async Task<MunicipalityDto?> UpdateMunicipality([FromServices] MunicipalityService municipalities, CancellationToken ct,
        [Description("CBS code of the municipality.")] string code, [Description(VersionHelp)] string expectedVersion,
        [Description("The new settings.")] MunicipalityUpdateInput input) => await municipalities.UpdateAsync(code, input, expectedVersion, ct);

    [Description("Adds a domain (administrators).")]
    public static async Task<DomainDto?> CreateDomain([FromServices] DomainService domains, CancellationToken ct,
        [Description("The new domain.")] DomainCreateInput input) => await domains.CreateAsync(input, ct);

    [Description("Replaces a domain's names (administrators).")]
    public static async Task<DomainDto?> UpdateDomain([FromServices] DomainService domains, CancellationToken ct,
        [Description("The domain's id.")] string id, [Description(VersionHelp)] string expectedVersion,
        [Description("The new names.")] DomainUpdateInput input) => await domains.UpdateAsync(id, input, expectedVersion, ct);

    [Description("Adds a profession (administrators).")]
    public static async Task<ProfessionDto?> CreateProfession([FromServices] ProfessionService professions, CancellationToken ct,
        [Description("The new profession.")] ProfessionCreateInput input) => await professions.CreateAsync(input, ct);

    [Description("Replaces a profession's details (administrators).")]
    public static async Task<ProfessionDto?> UpdateProfession([FromServices] ProfessionService professions, CancellationToken ct,
        [Description("The profession's id.")] string id, [Description(VersionHelp)] string expectedVersion,
        [Description("The new details.")] ProfessionUpdateInput input) => await professions.UpdateAsync(id, input, expectedVersion, ct);

    [Description("Adds a concern type (administrators).")]
    public static async Task<ConcernTypeDto?> CreateConcernType([FromServices] ConcernTypeService concernTypes, CancellationToken ct,
        [Description("The new concern type.")] ConcernTypeCreateInput input) => await concernTypes.CreateAsync(input, ct);

    [Description("Replaces a concern type's details (administrators).")]
    public static async Task<ConcernTypeDto?> UpdateConcernType([FromServices] ConcernTypeService concernTypes, CancellationToken ct,
        [Description("The concern type's id.")] string id, [Description(VersionHelp)] string expectedVersion,
        [Description("The new details.")] ConcernTypeUpdateInput input) => await concernTypes.UpdateAsync(id, input, expectedVersion, ct);
}
