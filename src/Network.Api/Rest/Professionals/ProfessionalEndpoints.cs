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
            .WithConditionalRead()
            .Produces<ProfessionalDto>()
            .ProducesCommonProblems(404);

        group
            .MapGet("/{id:guid}/visibility", async (Guid id, ProfessionalService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ExplainVisibilityAsync(id, ct))
            )
            .WithSummary("Explain, per contact point, whether you see it and which rule decided")
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
            .ProducesCommonProblems(403, 404, 412);

        return api;
    }
}
