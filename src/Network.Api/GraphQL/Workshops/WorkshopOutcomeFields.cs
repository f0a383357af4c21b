using System.ComponentModel;
using System.Text;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Workshops;
using Network.Application.Workshops.Outcomes;

namespace Network.Api.GraphQL.Workshops;

/// <summary><c>workshopOutcomes(workshopId:)</c> (REST: GET /api/v1/workshops/{id}/outcomes).</summary>
public sealed class WorkshopOutcomeQueries
{
    [Description(
        "A workshop's outcomes (coordinators of its municipality, admins, granted facilitators); NOT_FOUND for anyone else."
    )]
    public static async Task<WorkshopOutcomesDto?> WorkshopOutcomes(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description("The workshop's global id.")] string workshopId,
        CancellationToken ct
    ) => await outcomes.GetAsync(Nodes.IdOf<WorkshopDto>(workshopId), ct);
}

/// <summary>The writes of REST's /workshops/{id}/outcomes… operations, through the same service.</summary>
public sealed class WorkshopOutcomeMutations
{
    private const string WorkshopId = "The workshop's global id.";

    [Description("Records a dilemma, solution or trust need under a learning aim. Never case data.")]
    public static Task<OutcomeItemDto> AddWorkshopOutcomeItem(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The item.")] OutcomeItemInput input,
        CancellationToken ct
    ) => outcomes.AddItemAsync(Nodes.IdOf<WorkshopDto>(workshopId), input, ct);

    [Description("Replaces an outcome item.")]
    public static Task<OutcomeItemDto> UpdateWorkshopOutcomeItem(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The item's id.")] string itemId,
        [Description("The item.")] OutcomeItemInput input,
        CancellationToken ct
    ) => outcomes.UpdateItemAsync(Nodes.IdOf<WorkshopDto>(workshopId), PlainId(itemId), input, ct);

    [Description("Removes an outcome item; answers true.")]
    public static async Task<bool> RemoveWorkshopOutcomeItem(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The item's id.")] string itemId,
        CancellationToken ct
    )
    {
        await outcomes.RemoveItemAsync(Nodes.IdOf<WorkshopDto>(workshopId), PlainId(itemId), ct);
        return true;
    }

    [Description("Records an agreement between organisations as a follow-up action with an owner and due date.")]
    public static Task<AgreementDto> AddWorkshopAgreement(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The agreement.")] AgreementInput input,
        CancellationToken ct
    ) => outcomes.AddAgreementAsync(Nodes.IdOf<WorkshopDto>(workshopId), input, ct);

    [Description("Replaces an agreement, e.g. to mark it done.")]
    public static Task<AgreementDto> UpdateWorkshopAgreement(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The agreement's id.")] string agreementId,
        [Description("The agreement.")] AgreementInput input,
        CancellationToken ct
    ) => outcomes.UpdateAgreementAsync(Nodes.IdOf<WorkshopDto>(workshopId), PlainId(agreementId), input, ct);

    [Description("Removes an agreement; answers true.")]
    public static async Task<bool> RemoveWorkshopAgreement(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The agreement's id.")] string agreementId,
        CancellationToken ct
    )
    {
        await outcomes.RemoveAgreementAsync(Nodes.IdOf<WorkshopDto>(workshopId), PlainId(agreementId), ct);
        return true;
    }

    [Description(
        "Submits an anonymous evaluation: a participant their own (once, CONFLICT after), or a recorder from a paper form."
    )]
    public static Task<EvaluationReceipt> SubmitWorkshopEvaluation(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The scores and comment.")] EvaluationInput input,
        CancellationToken ct
    ) => outcomes.SubmitEvaluationAsync(Nodes.IdOf<WorkshopDto>(workshopId), input, ct);

    [Description(
        "Imports anonymous evaluations as CSV text (REST: POST …/outcomes/evaluations/import). All or nothing."
    )]
    public static Task<EvaluationImportResult> ImportWorkshopEvaluations(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The evaluations as CSV text, header row first.")] string csv,
        CancellationToken ct
    ) =>
        outcomes.ImportEvaluationsAsync(
            Nodes.IdOf<WorkshopDto>(workshopId),
            _ => Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(csv)),
            ct
        );

    [Description("Sets who besides the coordinators may record this workshop's outcomes (coordinators, admins).")]
    public static Task<WorkshopOutcomesDto> SetWorkshopOutcomeEditors(
        [FromServices] WorkshopOutcomeService outcomes,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The full list of editors.")] OutcomeEditorsInput input,
        CancellationToken ct
    ) => outcomes.SetEditorsAsync(Nodes.IdOf<WorkshopDto>(workshopId), input, ct);

    /// <summary>Item and agreement ids are plain ids (as REST's), not global ids: they are no nodes.</summary>
    private static Guid PlainId(string id) => Guid.TryParse(id, out var g) ? g : Guid.Empty;
}
