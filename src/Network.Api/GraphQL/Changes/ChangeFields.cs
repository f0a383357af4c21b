using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Changes;
using Network.Application.Common;
using Network.Application.Covenants;
using Network.Application.EscalationRoutes;
using Network.Application.Organisations;
using Network.Application.Professionals;

namespace Network.Api.GraphQL.Changes;

/// <summary><c>changes(after:, first:)</c>: the change feed of GET /api/v1/changes, through the same service.</summary>
public sealed class ChangeQueries
{
    [Description(
        "What changed for you since a cursor (REST: GET /api/v1/changes, the same entries): each entity that changed, "
            + "once, in the order of its latest change, UPSERTED with the entity as you are shown it now or REMOVED "
            + "(deleted, deactivated or no longer visible to you; only what you could see at some time since your "
            + "cursor). Start a mirror with GET /api/v1/export and pass its cursor as `after`; pass `cursor` of each "
            + "page next time, and ask again at once while `hasMore`. A cursor this API did not issue is "
            + "VALIDATION_FAILED on `after`."
    )]
    public static async Task<ChangesPage> Changes(
        [FromServices] ChangeFeedService feed,
        [Description("The cursor you have (the last line of GET /api/v1/export, or `cursor` of the page before).")]
            string? after,
        [Description("At most this many entities, 1 to 100.")] int? first = ChangeFeedService.DefaultSize,
        CancellationToken ct = default
    )
    {
        try
        {
            return await feed.ReadAsync(after, first, ct);
        }
        catch (ValidationException e) when (e.Errors.ContainsKey("pageSize"))
        {
            throw new ValidationException(
                e.Errors.ToDictionary(x => x.Key == "pageSize" ? "first" : x.Key, x => x.Value)
            );
        }
    }
}

/// <summary>One entry of the change feed; adds the global id of the entity when it is a node.</summary>
public sealed class ChangeType : NetworkObjectType<ChangeDto>
{
    private static readonly Dictionary<ChangeEntityType, string> Nodes = new()
    {
        [ChangeEntityType.Organisation] = GraphNames.Of(typeof(OrganisationDto)),
        [ChangeEntityType.Professional] = GraphNames.Of(typeof(ProfessionalDto)),
        [ChangeEntityType.Covenant] = GraphNames.Of(typeof(CovenantDto)),
        [ChangeEntityType.Route] = GraphNames.Of(typeof(RouteDto)),
    };

    public ChangeType() =>
        Field<IdGraphType>("nodeId")
            .Description(
                "The entity's global id (as node(id:) takes it) for organisations, professionals, covenants and "
                    + "routes, also when removed; null for municipalities and catalogue entries, whose `id` is their "
                    + "code."
            )
            .Resolve(ctx =>
                Nodes.TryGetValue(ctx.Source.Type, out var name) && Guid.TryParse(ctx.Source.Id, out var id)
                    ? new NodeRef(name, id)
                    : null
            );
}
