using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Covenants;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Covenants;

/// <summary><c>covenants</c> (filters of GET /api/v1/covenants).</summary>
public sealed class CovenantQueries
{
    [Description("The information-sharing agreements of your municipalities, by title.")]
    public static Task<Page<CovenantDto>> Covenants(
        [FromServices] CovenantService covenants,
        PageRequest page,
        [Description("Only those covering this municipality (CBS code).")] string? municipality,
        [Id, Description("Only those this organisation signed (global id).")] string? organisation,
        CancellationToken ct
    ) =>
        covenants.ListAsync(
            new CovenantFilter(municipality, Nodes.OptionalIdOf<OrganisationDto>(organisation)),
            page,
            ct
        );
}

/// <summary>Recording and replacing covenants.</summary>
public sealed class CovenantMutations
{
    [Description("Records a covenant (coordinators of all its municipalities, admins).")]
    public static async Task<CovenantDto?> CreateCovenant(
        [FromServices] CovenantService covenants,
        [Description("The covenant.")] CovenantInput input,
        CancellationToken ct
    ) => await covenants.CreateAsync(input, ct);

    [Description("Replaces a covenant's details. PRECONDITION_FAILED when expectedVersion is not the current version.")]
    public static async Task<CovenantDto?> UpdateCovenant(
        [FromServices] CovenantService covenants,
        [Id, Description("The covenant's global id.")] string id,
        [Description("The version you read (REST: If-Match).")] int expectedVersion,
        [Description("All of the covenant's details.")] CovenantInput input,
        CancellationToken ct
    ) => await covenants.UpdateAsync(Nodes.IdOf<CovenantDto>(id), input, expectedVersion, ct);
}
