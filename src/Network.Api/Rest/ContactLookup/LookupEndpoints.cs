using Network.Api.Rest.Common;
using Network.Application.ContactLookup;

namespace Network.Api.Rest.ContactLookup;

public static class LookupEndpoints
{
    public static RouteGroupBuilder MapLookupEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/lookups").WithTags("Contact lookup");

        // POST, not GET: nothing about the question ends up in URLs, proxies or access logs.
        group
            .MapPost("", async (LookupRequest request, LookupService service, CancellationToken ct) =>
                new LookupAnswerJson(await service.AskAsync(request, ct))
            )
            .WithSummary("Who do I contact about a concern? escalation ladder and ranked contacts with reasons")
            .WithDescription(
                "Send the concern type, optionally a domain, the step of the method you are at and which of your municipalities. "
                    + "Never send anything about the client: unknown fields are refused with 400. Only a daily count per municipality "
                    + "and concern type is kept."
            )
            .Accepts<LookupRequest>("application/json")
            .Produces<LookupAnswer>()
            .ProducesCommonProblems(400, 403, 415);

        return api;
    }
}
