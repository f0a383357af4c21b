using System.ComponentModel;
using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Organisations;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Professionals;

/// <summary><c>professionals</c> (the filters of GET /api/v1/professionals and its name search), <c>professional(id:)</c>, visibility explanations.</summary>
public sealed class ProfessionalQueries
{
    [Description("Professionals in your municipality networks, by family name.")]
    public static Task<Page<ProfessionalDto>> Professionals(
        [FromServices] ProfessionalService professionals,
        PageRequest page,
        [Description("Only those serving this municipality (CBS code).")] string? municipality,
        [Description("Only those working in this domain.")] string? domain,
        [Id, Description("Only members of this organisation (global id).")] string? organisation,
        [Description("Only this profession (profession id).")] string? profession,
        [Description("Only those with this expertise tag.")] string? expertise,
        [Description("Part of the name. Names are personal data: send such queries with POST, never in a GET URL.")]
            string? name,
        [Description("Also deactivated ones (coordinators).")] bool? includeInactive = false,
        CancellationToken ct = default
    ) =>
        professionals.ListAsync(
            new ProfessionalFilter(
                municipality,
                domain,
                Nodes.OptionalIdOf<OrganisationDto>(organisation),
                profession,
                expertise,
                name,
                includeInactive ?? false
            ),
            page,
            ct
        );

    [Description("One professional by global id. Unknown and invisible ids both give null and a NOT_FOUND error.")]
    public static IDataLoaderResult<ProfessionalDto?> Professional(
        IResolveFieldContext context,
        [Id, Description("The professional's global id.")] string id
    ) => Nodes.One(context, Batches.Professionals, id);

    [Description("Explains, per contact point of a professional, whether you see it and which rule decided.")]
    public static async Task<VisibilityExplanation?> ContactPointVisibility(
        [FromServices] ProfessionalService professionals,
        [Id, Description("The professional's global id.")] string professionalId,
        CancellationToken ct
    ) => await professionals.ExplainVisibilityAsync(Nodes.IdOf<ProfessionalDto>(professionalId), ct);
}
