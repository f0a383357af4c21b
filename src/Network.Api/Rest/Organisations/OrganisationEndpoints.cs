using Microsoft.AspNetCore.Http.HttpResults;
using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Api.Rest.Organisations;

public static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    OrganisationService service,
                    CancellationToken ct,
                    string? municipality = null,
                    string? domain = null,
                    string? name = null,
                    bool includeInactive = false,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new OrganisationFilter(municipality, domain, name, includeInactive),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List organisations serving your municipalities")
            .WithDescription(
                "Filter by municipality (CBS code), domain and part of the name. Pages with a cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400);

        group
            .MapGet(
                "/{id:guid}",
                async (Guid id, HttpContext http, OrganisationService service, CancellationToken ct) =>
                {
                    var org = await service.GetAsync(id, ct);
                    return http.WithETag(org.Version, TypedResults.Ok(org));
                }
            )
            .WithName("GetOrganisation")
            .WithSummary("Get one organisation")
            .WithConditionalRead()
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "",
                async (OrganisationInput input, HttpContext http, OrganisationService service, CancellationToken ct) =>
                {
                    var org = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = ETags.Of(org.Version);
                    return TypedResults.Created($"/api/v1/organisations/{org.Id}", org);
                }
            )
            .WithSummary("Create an organisation (coordinators, admins)")
            .Accepts<OrganisationInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPut(
                "/{id:guid}",
                async (
                    Guid id,
                    OrganisationInput input,
                    HttpContext http,
                    OrganisationService service,
                    CancellationToken ct
                ) =>
                {
                    var org = await service.UpdateAsync(id, input, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(org.Version, TypedResults.Ok(org));
                }
            )
            .WithSummary("Replace an organisation's details (needs If-Match)")
            .Accepts<OrganisationInput>("application/json")
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group
            .MapPatch(
                "/{id:guid}",
                async (Guid id, HttpContext http, OrganisationService service, CancellationToken ct) =>
                {
                    var edit = await MergePatch.ReadAsync<OrganisationInput>(http.Request, ct);
                    var org = await service.EditAsync(id, edit, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(org.Version, TypedResults.Ok(org));
                }
            )
            .WithSummary("Change only some of an organisation's details (JSON Merge Patch; needs If-Match)")
            .AcceptsMergePatchOf<OrganisationInput>()
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        group
            .MapPost(
                "/{id:guid}/deactivate",
                async (Guid id, HttpContext http, OrganisationService service, CancellationToken ct) =>
                {
                    var org = await service.SetActiveAsync(id, false, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(org.Version, TypedResults.Ok(org));
                }
            )
            .WithSummary("Deactivate an organisation (kept for history, hidden from professionals)")
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(403, 404, 412);

        group
            .MapPost(
                "/{id:guid}/reactivate",
                async (Guid id, HttpContext http, OrganisationService service, CancellationToken ct) =>
                {
                    var org = await service.SetActiveAsync(id, true, ETags.IfMatch(http.Request), ct);
                    return http.WithETag(org.Version, TypedResults.Ok(org));
                }
            )
            .WithSummary("Reactivate a deactivated organisation")
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(403, 404, 412);

        return api;
    }
}
