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
            .WithDescription(
                "Professionals see their own relationships, coordinators those of their municipalities, "
                    + "administrators all; system clients get an empty list. Filter by `status` (`expired`: confirmed trust "
                    + "past `expiresAt`), by `professional` (either side) and by `municipality`; newest proposal first, "
                    + "pages with a cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400);

        group
            .MapGet("/{id:guid}", async (Guid id, HttpContext http, TrustService service, CancellationToken ct) =>
            {
                var t = await service.GetAsync(id, ct);
                return http.WithETag(t.Version, TypedResults.Ok(t));
            })
            .WithSummary("Get one trust relationship")
            .WithDescription(
                "Visible to its two people, to coordinators of its municipality and to administrators; 404 for anyone "
                    + "else. `If-None-Match` with the `ETag` answers 304 while it is unchanged; the version in the `ETag` "
                    + "is what the optional `If-Match` of confirm, revoke and reconfirm compares."
            )
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
            .WithDescription(
                "Professionals only (403 otherwise), to an active professional you can see who shares a municipality "
                    + "network with you (else 400 on `professionalId`); `workshopId` names a workshop you both took part in "
                    + "as provenance. 409 when a proposed or confirmed (also expired) relationship between you exists: "
                    + "confirm, reconfirm or revoke that one. Audited (`trust.propose`); left unanswered for "
                    + "`Reminders:ProposalAfterDays` (default 7) days, the recipient gets one reminder e-mail."
            )
            .Accepts<ProposeTrustInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        MapTransition(
            group,
            "confirm",
            "Confirm trust proposed to you",
            "Only the person it was proposed to (403 for the proposer and anyone else who can see it, 404 otherwise); "
                + "409 unless it is `proposed`. The trust then lasts the `trustValidityMonths` of its municipality and "
                + "shows each of the two the other's `trusted` contact points at once; the change feed republishes both "
                + "people. `If-Match` is optional (412 when it names an old version); audited (`trust.confirm`).",
            (s, id, v, ct) => s.ConfirmAsync(id, v, ct)
        );
        MapTransition(
            group,
            "revoke",
            "Revoke trust (either person)",
            "Either of its two people (403 for anyone else who can see it, 404 otherwise), whether it is proposed, "
                + "confirmed or expired; 409 when it is revoked already. Their `trusted` contact points stop being "
                + "visible to each other at once, and the change feed republishes both people. `If-Match` is optional "
                + "(412 when it names an old version); audited (`trust.revoke`).",
            (s, id, v, ct) => s.RevokeAsync(id, v, ct)
        );
        MapTransition(
            group,
            "reconfirm",
            "Reconfirm trust for another validity period (either person)",
            "Either of its two people (403 for anyone else who can see it, 404 otherwise), for confirmed trust, "
                + "expired included; 409 for a proposed or revoked one (propose again instead). It then lasts another "
                + "`trustValidityMonths` of its municipality from now, and the change feed republishes both people. "
                + "`If-Match` is optional (412 when it names an old version); audited (`trust.reconfirm`).",
            (s, id, v, ct) => s.ReconfirmAsync(id, v, ct)
        );
        return api;
    }

    private static void MapTransition(
        RouteGroupBuilder group,
        string verb,
        string summary,
        string description,
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
            .WithDescription(description)
            .ProducesCommonProblems(403, 404, 409, 412);
}
