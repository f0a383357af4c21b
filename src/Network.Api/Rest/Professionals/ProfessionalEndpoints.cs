using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Professionals;

namespace Network.Api.Rest.Professionals;

public static class ProfessionalEndpoints
{
    public static RouteGroupBuilder MapProfessionalEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/professionals").WithTags("Professionals");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    ProfessionalService service,
                    CancellationToken ct,
                    string? municipality = null,
                    string? domain = null,
                    Guid? organisation = null,
                    string? profession = null,
                    string? expertise = null,
                    bool includeInactive = false,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new ProfessionalFilter(
                                    municipality,
                                    domain,
                                    organisation,
                                    profession,
                                    expertise,
                                    IncludeInactive: includeInactive
                                ),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List professionals in your municipality networks")
            .WithDescription(
                "Filter by municipality, domain, organisation, profession and expertise tag. Names are personal data: search by name with POST /professionals/search."
            )
            .ProducesCommonProblems(400);

        group
            .MapPost("/search", async (ProfessionalSearch search, ProfessionalService service, CancellationToken ct) =>
            {
                var page = await service.SearchAsync(search, ct);
                return TypedResults.Ok(
                    new SearchResponse<ProfessionalDto>(page.Items, page.TotalCount, page.NextCursor)
                );
            })
            .WithSummary("Search professionals by name and filters (in the body, so no names end up in URLs or logs)")
            .WithDescription(
                "Takes the filters of GET /professionals plus `name` (part of the full name); to continue, send the "
                    + "same search with `after` set to the answer's `nextCursor`. You find whom GET /professionals/{id} "
                    + "would show you, each contact point decided by its visibility, and every contact point shown above "
                    + "`network` level to someone other than its owner is recorded in the audit trail and in the owner's "
                    + "GET /me/restricted-reads."
            )
            .Accepts<ProfessionalSearch>("application/json")
            .ProducesCommonProblems(400, 415);

        group
            .MapGet(
                "/{id:guid}",
                async (Guid id, HttpContext http, ProfessionalService service, CancellationToken ct) =>
                {
                    var p = await service.GetAsync(id, ct);
                    return http.WithETag(p.Version, TypedResults.Ok(p));
                }
            )
            .WithSummary("Get one professional as you may see them")
            .WithDescription(
                "Professionals and system clients with `network.directory.read` see listed, active professionals of "
                    + "their municipalities (professionals also themselves), coordinators everyone in theirs, "
                    + "administrators all; 404 otherwise. Each contact point is shown or left out by its visibility (system "
                    + "clients: `public` only), and each shown above `network` level to someone other than its owner is "
                    + "audited and listed in the owner's GET /me/restricted-reads. `If-None-Match` with the `ETag` answers "
                    + "304, after the same decisions and audit records as a 200."
            )
            .WithConditionalRead()
            .Produces<ProfessionalDto>()
            .ProducesCommonProblems(404);

        group
            .MapGet("/{id:guid}/visibility", async (Guid id, ProfessionalService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ExplainVisibilityAsync(id, ct))
            )
            .WithSummary("Explain, per contact point, whether you see it and which rule decided")
            .WithDescription(
                "For each of the professional's contact points: its `visibility`, whether you see it (`visible`), the "
                    + "deciding `rule` and an `explanation` in words; for anyone who may see the professional, 404 "
                    + "otherwise. It gives no values, so nothing is audited."
            )
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "",
                async (ProfessionalInput input, HttpContext http, ProfessionalService service, CancellationToken ct) =>
                {
                    var p = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = ETags.Of(p.Version);
                    return TypedResults.Created($"/api/v1/professionals/{p.Id}", p);
                }
            )
            .WithSummary("Add a professional (coordinators, admins); listed once they accept it themselves")
            .WithDescription(
                "Coordinators add people only to municipalities they coordinate (400 on `municipalities` otherwise); "
                    + "professionals, who edit themselves at /me, and system clients get 403. The entry starts `pending`: "
                    + "only coordinators and administrators see it until the person accepts being listed (POST "
                    + "/me/listing), so invite them with POST /professionals/{id}/invitations. Audited "
                    + "(`professional.create`) and published in the change feed."
            )
            .Accepts<ProfessionalInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPut(
                "/{id:guid}",
                async (
                    Guid id,
                    ProfessionalInput input,
                    HttpContext http,
                    ProfessionalService service,
                    CancellationToken ct
                ) =>
                {
                    var p = await service.UpdateAsync(id, input, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(p.Version, TypedResults.Ok(p));
                }
            )
            .WithSummary("Replace a professional's entry (coordinators; needs If-Match)")
            .WithDescription(
                "Coordinators of any of the person's municipalities and administrators (403 for other readers, 404 "
                    + "for an entry you cannot see); a coordinator adds or removes only municipalities they coordinate. "
                    + "What you are not shown stays as it is (contact points above your visibility, memberships at "
                    + "organisations you cannot see, optional fields without consent), and naming a contact point `id` you "
                    + "cannot see is 400. Needs `If-Match` (428 without, 412 when stale); audited (`professional.update`) "
                    + "and published in the change feed."
            )
            .Accepts<ProfessionalInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group
            .MapPatch(
                "/{id:guid}",
                async (Guid id, HttpContext http, ProfessionalService service, CancellationToken ct) =>
                {
                    var edit = await MergePatch.ReadAsync<ProfessionalInput>(http.Request, ct);
                    var p = await service.EditAsync(id, edit, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(p.Version, TypedResults.Ok(p));
                }
            )
            .WithSummary(
                "Change only some fields of a professional's entry (JSON Merge Patch; coordinators; needs If-Match)"
            )
            .WithDescription(
                "As PUT /professionals/{id}, but the `application/merge-patch+json` body (RFC 7396) names only what "
                    + "changes, applied to the entry as you are shown it: `null` clears a property, arrays are replaced "
                    + "whole. The same roles, kept parts, validation and `If-Match` rules (428, 412) apply."
            )
            .AcceptsMergePatchOf<ProfessionalInput>()
            .Produces<ProfessionalDto>()
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group
            .MapPost(
                "/{id:guid}/deactivate",
                async (Guid id, HttpContext http, ProfessionalService service, CancellationToken ct) =>
                {
                    var p = await service.SetActiveAsync(id, false, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(p.Version, TypedResults.Ok(p));
                }
            )
            .WithSummary("Deactivate a professional (kept for history and trust references)")
            .WithDescription(
                "Coordinators of any of the person's municipalities and administrators (403 for other readers). "
                    + "Professionals and system clients stop seeing the entry (the change feed reports it `removed` to "
                    + "them); its memberships and trust relationships are kept, and deactivating an inactive entry changes "
                    + "nothing. `If-Match` is optional here (412 when it names an old version); audited "
                    + "(`professional.deactivate`)."
            )
            .ProducesCommonProblems(403, 404, 412);

        group
            .MapPost(
                "/{id:guid}/reactivate",
                async (Guid id, HttpContext http, ProfessionalService service, CancellationToken ct) =>
                {
                    var p = await service.SetActiveAsync(id, true, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(p.Version, TypedResults.Ok(p));
                }
            )
            .WithSummary("Reactivate a deactivated professional")
            .WithDescription(
                "Coordinators of any of the person's municipalities and administrators (403 for other readers); a "
                    + "listed entry is visible to its network again. Reactivating an active entry changes nothing; "
                    + "`If-Match` is optional (412 when it names an old version). Audited (`professional.reactivate`) and "
                    + "published in the change feed."
            )
            .ProducesCommonProblems(403, 404, 412);

        return api;
    }
}
