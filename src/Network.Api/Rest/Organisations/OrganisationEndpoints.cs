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
            .WithDescription(
                "Readable by professionals, coordinators and system clients with `network.directory.read` in a "
                    + "municipality it serves, and by administrators; a deactivated one only by coordinators and "
                    + "administrators, anything else is 404. `If-None-Match` with the `ETag` answers 304 while what you "
                    + "would be shown is unchanged, and the `ETag` is the `If-Match` for PUT and PATCH."
            )
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
            .WithDescription(
                "Coordinators and administrators: a coordinator places it only in municipalities they coordinate (400 "
                    + "on `municipalities` otherwise), and professionals and system clients get 403. `domains` and "
                    + "`municipalities` must name catalogue entries. Answers 201 with `Location` and the `ETag` to update "
                    + "it with; audited (`organisation.create`) and published in the change feed."
            )
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
            .WithDescription(
                "Coordinators of a municipality it serves and administrators (403 for other readers, 404 for what you "
                    + "cannot see); a coordinator adds or removes only municipalities they coordinate (400 on "
                    + "`municipalities`). Needs `If-Match` with the `ETag` you read: 428 without it, 412 when someone "
                    + "changed it since. Audited (`organisation.update`) and published in the change feed."
            )
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
            .WithDescription(
                "As PUT, but the `application/merge-patch+json` body (RFC 7396) names only what changes: `null` "
                    + "clears a property and arrays are replaced whole. The same roles, validation and `If-Match` rules "
                    + "(428, 412) apply."
            )
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
            .WithDescription(
                "Coordinators of a municipality it serves and administrators (403 for other readers). Professionals "
                    + "and system clients stop seeing it (the change feed reports it `removed` to them) while coordinators "
                    + "still do; deactivating an inactive organisation changes nothing. `If-Match` is optional here (412 "
                    + "when it names an old version); audited (`organisation.deactivate`)."
            )
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
            .WithDescription(
                "Coordinators of a municipality it serves and administrators (403 for other readers); professionals "
                    + "and system clients of its municipalities see it again. Reactivating an active organisation changes "
                    + "nothing; `If-Match` is optional (412 when it names an old version). Audited "
                    + "(`organisation.reactivate`) and published in the change feed."
            )
            .Produces<OrganisationDto>()
            .ProducesCommonProblems(403, 404, 412);

        return api;
    }
}
