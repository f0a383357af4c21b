using Network.Api.Rest.Common;
using Network.Application.Workshops;

namespace Network.Api.Rest.Workshops;

public static class WorkshopTrustEndpoints
{
    public static RouteGroupBuilder MapWorkshopTrustEndpoints(this RouteGroupBuilder group)
    {
        group
            .MapPost(
                "/{id:guid}/trust",
                async (Guid id, WorkshopTrustInput input, WorkshopTrustService service, CancellationToken ct) =>
                    TypedResults.Ok(await service.ProposeOrConfirmAsync(id, input, ct))
            )
            .WithSummary("Propose or confirm trust with other participants, in one request (participants only)")
            .WithDescription(
                "For each professional id: confirms their open proposal to you, or proposes new trust with this workshop as "
                    + "provenance; existing confirmed trust or your own open proposal is left as it is. All items or none: a bad id "
                    + "gives 400 and changes nothing. Each item answers its outcome."
            )
            .Accepts<WorkshopTrustInput>("application/json")
            .Produces<WorkshopTrustResult>()
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        group
            .MapGet("/{id:guid}/pending-trust", async (Guid id, WorkshopTrustService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PendingAsync(id, ct))
            )
            .WithSummary("Who still has unanswered trust proposals among the participants (coordinators)")
            .WithDescription(
                "Coordinators of the workshop's municipality and administrators; for anyone else the overview does "
                    + "not exist (404). Lists the participants with unanswered proposals between participants: "
                    + "`awaitingTheirAnswer` counts those made to them, `awaitingOthers` those they made, most awaiting "
                    + "their answer first."
            )
            .Produces<IReadOnlyList<PendingTrustDto>>()
            .ProducesCommonProblems(404);

        return group;
    }
}
