using System.ComponentModel;
using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Organisations;

namespace Network.Api.GraphQL.Organisations;

/// <summary><c>organisations</c> (same filters as GET /api/v1/organisations) and <c>organisation(id:)</c>.</summary>
public sealed class OrganisationQueries
{
    [Description("Organisations serving your municipalities, by name.")]
    public static Task<Page<OrganisationDto>> Organisations(
        [FromServices] OrganisationService organisations,
        PageRequest page,
        [Description("Only those serving this municipality (CBS code, e.g. GM9901).")] string? municipality,
        [Description("Only those working in this domain (domain id).")] string? domain,
        [Description("Only those whose name contains this text.")] string? name,
        [Description("Also deactivated ones (seen only by those who maintain them).")] bool? includeInactive = false,
        CancellationToken ct = default
    ) =>
        organisations.ListAsync(new OrganisationFilter(municipality, domain, name, includeInactive ?? false), page, ct);

    [Description("One organisation by its global id. Unknown and invisible ids both give null and a NOT_FOUND error.")]
    public static IDataLoaderResult<OrganisationDto?> Organisation(
        IResolveFieldContext context,
        [Id, Description("The organisation's global id.")] string id
    ) => Nodes.One(context, Batches.Organisations, id);
}
