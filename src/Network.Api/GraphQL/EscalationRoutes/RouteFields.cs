using System.ComponentModel;
using GraphQL;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.EscalationRoutes;

namespace Network.Api.GraphQL.EscalationRoutes;

/// <summary><c>routes</c> (filters of GET /api/v1/routes); single routes are nodes.</summary>
public sealed class RouteQueries
{
    [Description("The escalation ladders of your municipalities, by municipality and concern type.")]
    public static Task<Page<RouteDto>> Routes(
        [FromServices] RouteService routes,
        PageRequest page,
        [Description("Only this municipality (CBS code).")] string? municipality,
        [Description("Only this concern type (id).")] string? concernType,
        CancellationToken ct
    ) => routes.ListAsync(new RouteFilter(municipality, concernType), page, ct);
}

/// <summary>Creating and replacing ladders (coordinators of the municipality, admins).</summary>
public sealed class RouteMutations
{
    [Description("Creates the ladder for a concern type in a municipality (its coordinators, admins).")]
    public static async Task<RouteDto?> CreateRoute(
        [FromServices] RouteService routes,
        [Description("The new ladder.")] RouteCreateInput input,
        CancellationToken ct
    ) => await routes.CreateAsync(input, ct);

    [Description("Replaces a ladder's steps. PRECONDITION_FAILED when expectedVersion is not the current version.")]
    public static async Task<RouteDto?> UpdateRoute(
        [FromServices] RouteService routes,
        [Id, Description("The route's global id.")] string id,
        [Description("The version you read (REST: If-Match).")] int expectedVersion,
        [Description("The new steps.")] RouteUpdateInput input,
        CancellationToken ct
    ) => await routes.UpdateAsync(Nodes.IdOf<RouteDto>(id), input, expectedVersion, ct);
}
