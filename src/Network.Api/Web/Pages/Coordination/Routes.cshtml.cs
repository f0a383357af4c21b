using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.EscalationRoutes;

namespace Network.Api.Web.Pages.Coordination;

/// <summary>
/// The escalation routes (the ladder per concern) of the coordinator's municipalities: per municipality every concern
/// type, with its route or the way to make one. Which routes and municipalities there are is the services' answer.
/// </summary>
public sealed class RoutesModel(
    RouteService routes,
    MunicipalityService municipalities,
    ConcernTypeService concernTypes,
    AccessPolicy access
) : WebPage
{
    public sealed record Row(ConcernTypeDto Concern, RouteDto? Route);

    public sealed record Group(MunicipalityDto Municipality, IReadOnlyList<Row> Rows);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        access.EnsureCanCreate("maintain routes");
        var all = new PageRequest(null, PageRequest.MaxSize);
        var concerns = (await concernTypes.ListAsync(all, ct)).Items.OrderBy(ConcernWords.Name).ToList();
        var ladders = await OrganisationsModel.AllAsync(after =>
            routes.ListAsync(new RouteFilter(), new(after, PageRequest.MaxSize), ct)
        );
        Groups =
        [
            .. (await municipalities.ListAsync(all, ct)).Items.Select(m => new Group(
                m,
                [
                    .. concerns.Select(c => new Row(
                        c,
                        ladders.FirstOrDefault(r => r.Municipality == m.Code && r.ConcernType == c.Id)
                    )),
                ]
            )),
        ];
    }
}
