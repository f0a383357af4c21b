using System.ComponentModel;
using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.Rest.Trust;

public static class TrustEndpoints
{
    public const string TrustStatusValues =
        "Only relationships in this state: proposed, confirmed, revoked or expired.";

    public static RouteGroupBuilder MapTrustEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/trust-relationships").WithTags("Trust relationships");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    TrustService service,
                    CancellationToken ct,
                    [Description(TrustStatusValues)] string? status = null,
                    Guid? professional = null,
                    string? municipality = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new TrustFilter(
                                    QueryEnums.Parse<TrustStatus>(status, "status"),
                                    professional,
                                    municipality
                                ),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List trust relationships you may see (your own; coordinators: their municipality's)")
            .ProducesCommonProblems(400);

        group
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, TrustService service, CancellationToken ct) =>
            {
                var t = await service.GetAsync(id, ct);
                return http.WithETag(t.Version, TypedResults.Ok(t));
            })
            .WithSummary("Get one trust relationship")
            .WithConditionalRead()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "",
                async (ProposeTrustInput input, HttpContext http, TrustService service, CancellationToken ct) =>
                {
                    var t = await service.ProposeAsync(input, ct);
                    http.Response.Headers.ETag = ETags.Of(t.Version);
                    return TypedResults.Created($"/api/v1/trust-relationships/{t.Id}", t);
                }
            )
            .WithSummary("Propose trust to another professional (professionals)")
            .Accepts<ProposeTrustInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        MapTransition(group, "confirm", "Confirm trust proposed to you", (s, id, v, ct) => s.ConfirmAsync(id, v, ct));
        MapTransition(group, "revoke", "Revoke trust (either person)", (s, id, v, ct) => s.RevokeAsync(id, v, ct));
        MapTransition(
            group,
            "reconfirm",
            "Reconfirm trust for another validity period (either person)",
            (s, id, v, ct) => s.ReconfirmAsync(id, v, ct)
        );
        return api;
    }

    private static void MapTransition(
        RouteGroupBuilder group,
        string verb,
        string summary,
        Func<TrustService, Guid, int?, CancellationToken, Task<TrustRelationshipDto>> transition
    ) =>
        group
            .MapPost(
                $"/{{id:guid}}/{verb}",
                async (Guid id, HttpContext http, TrustService service, CancellationToken ct) =>
                {
                    var t = await transition(service, id, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(t.Version, TypedResults.Ok(t));
                }
            )
            .WithSummary(summary)
            .ProducesCommonProblems(403, 404, 409, 412);
}
