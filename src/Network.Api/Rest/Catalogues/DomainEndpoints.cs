using Network.Api.Rest.Common;
using Network.Application.Catalogues;
using Network.Application.Common;

namespace Network.Api.Rest.Catalogues;

public static class DomainEndpoints
{
    public static RouteGroupBuilder MapDomainEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/domains").WithTags("Catalogues");

        group
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    DomainService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the domains (youth, safety, education, ...)")
            .WithDescription(
                "The whole catalogue, for every signed-in principal (a system client needs `network.directory.read`, "
                    + "else 403), ordered by `id`; use the ids in `domain` filters and `domains` fields. Pages with a "
                    + "cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400, 403);

        group
            .MapGet("/{id}", async (string id, HttpContext http, DomainService service, CancellationToken ct) =>
            {
                var domain = await service.GetAsync(id, ct);
                return http.WithContentETag(domain, TypedResults.Ok(domain));
            })
            .WithSummary("Get one domain")
            .WithDescription(
                "403 for a system client without `network.directory.read`, 404 for an unknown id. The `ETag` is a "
                    + "hash of the content: `If-None-Match` answers 304 while it is unchanged, and PUT takes it as "
                    + "`If-Match`."
            )
            .WithConditionalRead()
            .Produces<DomainDto>()
            .ProducesCommonProblems(403, 404);

        group
            .MapPost(
                "",
                async (DomainCreateInput input, HttpContext http, DomainService service, CancellationToken ct) =>
                {
                    var domain = await service.CreateAsync(input, ct);
                    http.Response.Headers.ETag = CatalogueETags.Of(domain);
                    return TypedResults.Created($"/api/v1/domains/{domain.Id}", domain);
                }
            )
            .WithSummary("Add a domain (admins)")
            .WithDescription(
                "Administrators only (403 otherwise). `id` is a lowercase slug (such as `youth`), fixed once created; "
                    + "409 when it is taken. Answers 201 with `Location`; audited (`domain.create`) and published in the "
                    + "change feed."
            )
            .Accepts<DomainCreateInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        group
            .MapPut(
                "/{id}",
                async (
                    string id,
                    DomainUpdateInput input,
                    HttpContext http,
                    DomainService service,
                    CancellationToken ct
                ) =>
                {
                    var domain = await service.UpdateAsync(id, input, CatalogueETags.IfMatch(http.Request), ct);
                    return http.WithContentETag(domain, TypedResults.Ok(domain));
                }
            )
            .WithSummary("Replace a domain's names (admins; needs If-Match)")
            .WithDescription(
                "Administrators only (403 otherwise); replaces `name` and `nameNl`, the `id` stays. Needs `If-Match` "
                    + "with the `ETag` of a GET (428 without, 412 when the entry changed since). Audited (`domain.update`) "
                    + "and published in the change feed."
            )
            .Accepts<DomainUpdateInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 412, 415, 428);

        return api;
    }
}
