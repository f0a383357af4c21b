using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Relay;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary>The changes REST offers on professionals (coordinators); self-service is under the my… mutations.</summary>
public sealed class ProfessionalMutations
{
    [Description("Adds a professional (coordinators, admins); listed once they accept it themselves.")]
    public static async Task<ProfessionalDto?> CreateProfessional(
        [FromServices] ProfessionalService professionals,
        [Description("The new entry.")] ProfessionalInput input,
        CancellationToken ct
    ) => await professionals.CreateAsync(input, ct);

    [Description(
        "Replaces a professional's entry (coordinators). PRECONDITION_FAILED when expectedVersion is not the current version."
    )]
    public static async Task<ProfessionalDto?> UpdateProfessional(
        [FromServices] ProfessionalService professionals,
        [Id, Description("The professional's global id.")] string id,
        [Description("The version you read (REST: If-Match).")] int expectedVersion,
        [Description("The whole entry.")] ProfessionalInput input,
        CancellationToken ct
    ) => await professionals.UpdateAsync(Nodes.IdOf<ProfessionalDto>(id), input, expectedVersion, ct);

    [Description("Deactivates a professional (kept for history and trust references).")]
    public static async Task<ProfessionalDto?> DeactivateProfessional(
        [FromServices] ProfessionalService professionals,
        [Id, Description("The professional's global id.")] string id,
        [Description("When given, refused with PRECONDITION_FAILED unless it is the current version.")]
            int? expectedVersion,
        CancellationToken ct
    ) => await professionals.SetActiveAsync(Nodes.IdOf<ProfessionalDto>(id), false, expectedVersion, ct);

    [Description("Reactivates a deactivated professional.")]
    public static async Task<ProfessionalDto?> ReactivateProfessional(
        [FromServices] ProfessionalService professionals,
        [Id, Description("The professional's global id.")] string id,
        [Description("When given, refused with PRECONDITION_FAILED unless it is the current version.")]
            int? expectedVersion,
        CancellationToken ct
    ) => await professionals.SetActiveAsync(Nodes.IdOf<ProfessionalDto>(id), true, expectedVersion, ct);

    [Description(
        "Changes only the parts of an entry you name (coordinators; JSON Merge Patch, as REST's PATCH): a field left out "
            + "is kept, null clears it, a list replaces the current one. PRECONDITION_FAILED when expectedVersion is "
            + "not the current version."
    )]
    public static async Task<ProfessionalDto?> PatchProfessional(
        [FromServices] ProfessionalService professionals,
        [FromServices] IOptions<JsonOptions> json,
        [Id, Description("The professional's global id.")] string id,
        [Description("The version you read (REST: If-Match).")] int expectedVersion,
        [
            InputType(typeof(NonNullGraphType<MergePatchInputType<ProfessionalInput>>)),
            Description("The parts to change.")
        ]
            MergePatch<ProfessionalInput> patch,
        CancellationToken ct
    ) =>
        await professionals.EditAsync(
            Nodes.IdOf<ProfessionalDto>(id),
            patch.Edit(json.Value.SerializerOptions),
            expectedVersion,
            ct
        );
}
