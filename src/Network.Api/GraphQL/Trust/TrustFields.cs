using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Application.Workshops;
using Network.Domain.Trust;

namespace Network.Api.GraphQL.Trust;

/// <summary><c>trustRelationships</c> with the filters of GET /api/v1/trust-relationships.</summary>
public sealed class TrustQueries
{
    [Description("Trust relationships you may see: your own; coordinators: their municipalities'. Newest first.")]
    public static Task<Page<TrustRelationshipDto>> TrustRelationships(
        [FromServices] TrustService trust,
        PageRequest page,
        [Description("Only those in this status.")] TrustStatus? status,
        [Id, Description("Only those of this professional (global id).")] string? professional,
        [Description("Only those of this municipality (CBS code).")] string? municipality,
        CancellationToken ct
    ) =>
        trust.ListAsync(
            new TrustFilter(status, Nodes.OptionalIdOf<ProfessionalDto>(professional), municipality),
            page,
            ct
        );
}

/// <summary>Proposing and the transitions of trust (professionals only: trust is personal).</summary>
public sealed class TrustMutations
{
    private const string VersionHelp = "When given, refused with PRECONDITION_FAILED unless it is the current version.";

    [Description("Proposes trust to another professional (professionals).")]
    public static async Task<TrustRelationshipDto?> ProposeTrust(
        [FromServices] TrustService trust,
        [Id, Description("Global id of the professional you trust.")] string professionalId,
        [Id, Description("Global id of the workshop where you met, as provenance.")] string? workshopId,
        CancellationToken ct
    ) =>
        await trust.ProposeAsync(
            new ProposeTrustInput(
                Nodes.IdOf<ProfessionalDto>(professionalId),
                Nodes.ReferenceTo<WorkshopDto>(workshopId)
            ),
            ct
        );

    [Description("Confirms trust proposed to you.")]
    public static async Task<TrustRelationshipDto?> ConfirmTrust(
        [FromServices] TrustService trust,
        [Id, Description("The trust relationship's global id.")] string id,
        [Description(VersionHelp)] int? expectedVersion,
        CancellationToken ct
    ) => await trust.ConfirmAsync(Nodes.IdOf<TrustRelationshipDto>(id), expectedVersion, ct);

    [Description("Revokes trust (either person).")]
    public static async Task<TrustRelationshipDto?> RevokeTrust(
        [FromServices] TrustService trust,
        [Id, Description("The trust relationship's global id.")] string id,
        [Description(VersionHelp)] int? expectedVersion,
        CancellationToken ct
    ) => await trust.RevokeAsync(Nodes.IdOf<TrustRelationshipDto>(id), expectedVersion, ct);

    [Description("Reconfirms trust for another validity period (either person).")]
    public static async Task<TrustRelationshipDto?> ReconfirmTrust(
        [FromServices] TrustService trust,
        [Id, Description("The trust relationship's global id.")] string id,
        [Description(VersionHelp)] int? expectedVersion,
        CancellationToken ct
    ) => await trust.ReconfirmAsync(Nodes.IdOf<TrustRelationshipDto>(id), expectedVersion, ct);
}
