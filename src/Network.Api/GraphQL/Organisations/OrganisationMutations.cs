using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Relay;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary>The changes REST offers on organisations, with the same rules (they are the application layer's).</summary>
public sealed class OrganisationMutations
{
    [Description("Creates an organisation in municipalities you coordinate (coordinators, admins).")]
    public static async Task<OrganisationDto?> CreateOrganisation(
        [FromServices] OrganisationService organisations,
        [Description("The new organisation's details.")] OrganisationInput input,
        CancellationToken ct
    ) => await organisations.CreateAsync(input, ct);

    [Description(
        "Replaces an organisation's details. Fails with PRECONDITION_FAILED when expectedVersion is not the current version."
    )]
    public static async Task<OrganisationDto?> UpdateOrganisation(
        [FromServices] OrganisationService organisations,
        [Id, Description("The organisation's global id.")] string id,
        [Description("The version you read; guards against lost updates (REST: If-Match).")] int expectedVersion,
        [Description("All of the organisation's details.")] OrganisationInput input,
        CancellationToken ct
    ) => await organisations.UpdateAsync(Nodes.IdOf<OrganisationDto>(id), input, expectedVersion, ct);

    [Description("Deactivates an organisation: kept for history, hidden from professionals.")]
    public static async Task<OrganisationDto?> DeactivateOrganisation(
        [FromServices] OrganisationService organisations,
        [Id, Description("The organisation's global id.")] string id,
        [Description("When given, the change is refused with PRECONDITION_FAILED unless it is the current version.")]
            int? expectedVersion,
        CancellationToken ct
    ) => await organisations.SetActiveAsync(Nodes.IdOf<OrganisationDto>(id), false, expectedVersion, ct);

    [Description("Reactivates a deactivated organisation.")]
    public static async Task<OrganisationDto?> ReactivateOrganisation(
        [FromServices] OrganisationService organisations,
        [Id, Description("The organisation's global id.")] string id,
        [Description("When given, the change is refused with PRECONDITION_FAILED unless it is the current version.")]
            int? expectedVersion,
        CancellationToken ct
    ) => await organisations.SetActiveAsync(Nodes.IdOf<OrganisationDto>(id), true, expectedVersion, ct);

    [Description(
        "Changes only the details you name (JSON Merge Patch, as REST's PATCH): a field left out is kept, null clears it. "
            + "Fails with PRECONDITION_FAILED when expectedVersion is not the current version."
    )]
    public static async Task<OrganisationDto?> PatchOrganisation(
        [FromServices] OrganisationService organisations,
        [FromServices] IOptions<JsonOptions> json,
        [Id, Description("The organisation's global id.")] string id,
        [Description("The version you read; guards against lost updates (REST: If-Match).")] int expectedVersion,
        [
            InputType(typeof(NonNullGraphType<MergePatchInputType<OrganisationInput>>)),
            Description("The details to change.")
        ]
            MergePatch<OrganisationInput> patch,
        CancellationToken ct
    ) =>
        await organisations.EditAsync(
            Nodes.IdOf<OrganisationDto>(id),
            patch.Edit(json.Value.SerializerOptions),
            expectedVersion,
            ct
        );
}
