using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Workshops.Outcomes;

namespace Network.Api.Rest.Workshops;

/// <summary>A workshop's outcomes: coordinators of its municipality, admins, and facilitators granted it.</summary>
public static class WorkshopOutcomeEndpoints
{
    private const string Who =
        "Coordinators of the workshop's municipality, admins, and the facilitators granted it (`PUT …/outcomes/editors`); "
        + "404 for anyone else who sees the workshop when reading, 403 when writing. Free text that looks like case data "
        + "(a BSN, a birth date) is refused.";

    public static RouteGroupBuilder MapWorkshopOutcomeEndpoints(this RouteGroupBuilder group)
    {
        group
            .MapGet("/{id:guid}/outcomes", async (Guid id, WorkshopOutcomeService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct))
            )
            .WithSummary("A workshop's outcomes: dilemmas, solutions, trust needs, agreements, evaluations")
            .WithDescription(Who)
            .Produces<WorkshopOutcomesDto>()
            .ProducesCommonProblems(404);

        group
            .MapGet(
                "/{id:guid}/outcomes/items",
                async (Guid id, HttpRequest request, WorkshopOutcomeService service, CancellationToken ct) =>
                    TypedResults.Ok(AsPage(await service.ListItemsAsync(id, ct), request))
            )
            .WithSummary("A workshop's dilemmas, solutions and trust needs, in the order recorded")
            .WithDescription(Who)
            .Produces<PagedResponse<OutcomeItemDto>>()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "/{id:guid}/outcomes/items",
                async (Guid id, OutcomeItemInput input, WorkshopOutcomeService service, CancellationToken ct) =>
                {
                    var item = await service.AddItemAsync(id, input, ct);
                    return TypedResults.Created($"/api/v1/workshops/{id}/outcomes/items/{item.Id}", item);
                }
            )
            .WithSummary("Record a dilemma, solution or trust need under a learning aim")
            .WithDescription(Who)
            .Accepts<OutcomeItemInput>("application/json")
            .Produces<OutcomeItemDto>(201)
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        group
            .MapPut(
                "/{id:guid}/outcomes/items/{itemId:guid}",
                async (
                    Guid id,
                    Guid itemId,
                    OutcomeItemInput input,
                    WorkshopOutcomeService service,
                    CancellationToken ct
                ) => TypedResults.Ok(await service.UpdateItemAsync(id, itemId, input, ct))
            )
            .WithSummary("Replace an outcome item")
            .WithDescription(Who)
            .Accepts<OutcomeItemInput>("application/json")
            .Produces<OutcomeItemDto>()
            .ProducesCommonProblems(400, 403, 404, 415);

        group
            .MapDelete(
                "/{id:guid}/outcomes/items/{itemId:guid}",
                async (Guid id, Guid itemId, WorkshopOutcomeService service, CancellationToken ct) =>
                {
                    await service.RemoveItemAsync(id, itemId, ct);
                    return TypedResults.NoContent();
                }
            )
            .WithSummary("Remove an outcome item")
            .WithDescription(Who)
            .ProducesCommonProblems(403, 404);

        group
            .MapGet(
                "/{id:guid}/outcomes/agreements",
                async (Guid id, HttpRequest request, WorkshopOutcomeService service, CancellationToken ct) =>
                    TypedResults.Ok(AsPage(await service.ListAgreementsAsync(id, ct), request))
            )
            .WithSummary("A workshop's agreements between organisations, with their owners, due dates and status")
            .WithDescription(Who)
            .Produces<PagedResponse<AgreementDto>>()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "/{id:guid}/outcomes/agreements",
                async (Guid id, AgreementInput input, WorkshopOutcomeService service, CancellationToken ct) =>
                {
                    var agreement = await service.AddAgreementAsync(id, input, ct);
                    return TypedResults.Created(
                        $"/api/v1/workshops/{id}/outcomes/agreements/{agreement.Id}",
                        agreement
                    );
                }
            )
            .WithSummary("Record an agreement between organisations as a follow-up action (owner, due date)")
            .WithDescription(Who)
            .Accepts<AgreementInput>("application/json")
            .Produces<AgreementDto>(201)
            .ProducesCommonProblems(400, 403, 404, 415);

        group
            .MapPut(
                "/{id:guid}/outcomes/agreements/{agreementId:guid}",
                async (
                    Guid id,
                    Guid agreementId,
                    AgreementInput input,
                    WorkshopOutcomeService service,
                    CancellationToken ct
                ) => TypedResults.Ok(await service.UpdateAgreementAsync(id, agreementId, input, ct))
            )
            .WithSummary("Replace an agreement, e.g. to mark it done")
            .WithDescription(Who)
            .Accepts<AgreementInput>("application/json")
            .Produces<AgreementDto>()
            .ProducesCommonProblems(400, 403, 404, 415);

        group
            .MapDelete(
                "/{id:guid}/outcomes/agreements/{agreementId:guid}",
                async (Guid id, Guid agreementId, WorkshopOutcomeService service, CancellationToken ct) =>
                {
                    await service.RemoveAgreementAsync(id, agreementId, ct);
                    return TypedResults.NoContent();
                }
            )
            .WithSummary("Remove an agreement")
            .WithDescription(Who)
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "/{id:guid}/outcomes/evaluations",
                async (Guid id, EvaluationInput input, WorkshopOutcomeService service, CancellationToken ct) =>
                    TypedResults.Created(
                        $"/api/v1/workshops/{id}/outcomes",
                        await service.SubmitEvaluationAsync(id, input, ct)
                    )
            )
            .WithSummary("Submit an anonymous evaluation (a participant their own, once; or from a paper form)")
            .WithDescription(
                "A participating professional submits their own evaluation once (409 the second time); coordinators and "
                    + "granted facilitators record forms. Stored without a name; at most one per registered participant. "
                    + "Answers a receipt; the summary is read at `GET …/outcomes`."
            )
            .Accepts<EvaluationInput>("application/json")
            .Produces<EvaluationReceipt>(201)
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        group
            .MapPost(
                "/{id:guid}/outcomes/evaluations/import",
                async (Guid id, HttpRequest request, WorkshopOutcomeService service, CancellationToken ct) =>
                    TypedResults.Ok(
                        await service.ImportEvaluationsAsync(
                            id,
                            token => WorkshopParticipantEndpoints.ReadCsvAsync(request, token, EvaluationCsv.MaxBytes),
                            ct
                        )
                    )
            )
            .WithSummary("Import anonymous evaluations (CSV: signalling, professionalJudgement, weighingSecrecy, …)")
            .WithDescription(
                "Send `Content-Type: text/csv`: a header naming any of signalling, professionalJudgement, weighingSecrecy, "
                    + "legalFrameworks, comment (Dutch: signaleren, oordeel, beroepsgeheim, juridisch, opmerking), then one "
                    + "row per evaluation with scores 1 to 5. All or nothing: the 400 lists every problem per line. "
                    + Who
            )
            .Accepts<string>("text/csv")
            .Produces<EvaluationImportResult>()
            .ProducesCommonProblems(400, 403, 404, 409, 413, 415);

        group
            .MapPut(
                "/{id:guid}/outcomes/editors",
                async (Guid id, OutcomeEditorsInput input, WorkshopOutcomeService service, CancellationToken ct) =>
                    TypedResults.Ok(await service.SetEditorsAsync(id, input, ct))
            )
            .WithSummary("Grant facilitators write access to this workshop's outcomes (coordinators, admins)")
            .WithDescription(
                "The full list: professionals left out lose the grant. They must be active professionals of the municipality."
            )
            .Accepts<OutcomeEditorsInput>("application/json")
            .Produces<WorkshopOutcomesDto>()
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        return group;
    }

    private static PagedResponse<T> AsPage<T>(IReadOnlyList<T> items, HttpRequest request) =>
        PagedResponse.From(new Page<T>(items, items.Count, null, 0), request);
}
