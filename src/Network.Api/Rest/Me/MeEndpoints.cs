using System.ComponentModel;
using Network.Api.Rest.Common;
using Network.Api.Rest.Trust;
using Network.Application.Common;
using Network.Application.Me;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.Rest.Me;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Self-service");

        group
            .MapGet("", async (HttpContext http, MeService service, CancellationToken ct) =>
            {
                var me = await service.GetAsync(ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary("Your own entry, with every contact point")
            .WithConditionalRead()
            .Produces<ProfessionalDto>()
            .ProducesCommonProblems(403);

        group
            .MapPut("/profile", async (ProfileInput input, HttpContext http, MeService service, CancellationToken ct) =>
            {
                var me = await service.UpdateProfileAsync(input, ETags.IfMatch(http.Request), ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary(
                "Edit your profile and contact points with their visibility (needs If-Match); also marks your entry verified"
            )
            .Accepts<ProfileInput>("application/json")
            .ProducesCommonProblems(400, 403, 412, 415, 428);

        group
            .MapPatch("/profile", async (HttpContext http, MeService service, CancellationToken ct) =>
            {
                var edit = await MergePatch.ReadAsync<ProfileInput>(http.Request, ct);
                var me = await service.EditProfileAsync(edit, ETags.IfMatch(http.Request), ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary(
                "Change only some of your profile (JSON Merge Patch; needs If-Match); also marks your entry verified"
            )
            .AcceptsMergePatchOf<ProfileInput>()
            .Produces<ProfessionalDto>()
            .ProducesCommonProblems(400, 403, 412, 415, 428);

        group
            .MapPut("/consent", async (ConsentInput input, HttpContext http, MeService service, CancellationToken ct) =>
            {
                var me = await service.SetConsentAsync(input, ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary(
                "Give or withdraw consent to list optional fields (languages, about); withdrawal hides them at once"
            )
            .Accepts<ConsentInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapGet("/reminders", async (MeService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetRemindersAsync(ct))
            )
            .WithSummary("Whether you get the optional reminders (entry still right?, the coordinators' digest)")
            .ProducesCommonProblems(403);

        group
            .MapPut("/reminders", async (ReminderInput input, MeService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetRemindersAsync(input, ct))
            )
            .WithSummary("Turn the optional reminders on or off; reminders about trust and proposals always come")
            .Accepts<ReminderInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPost(
                "/listing",
                async (ListingInput input, HttpContext http, MeService service, CancellationToken ct) =>
                {
                    var me = await service.SetListingAsync(input, ct);
                    return http.WithETag(me.Version, TypedResults.Ok(me));
                }
            )
            .WithSummary("Accept (or withdraw) being listed in the network, choosing your contact points' visibility")
            .Accepts<ListingInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPost("/verification", async (HttpContext http, MeService service, CancellationToken ct) =>
            {
                var me = await service.VerifyAsync(ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary("Confirm your entry is still correct (resets the last-verified date)")
            .ProducesCommonProblems(403);

        group
            .MapGet(
                "/trust-relationships",
                async (
                    HttpRequest request,
                    TrustService service,
                    CancellationToken ct,
                    [Description(TrustEndpoints.TrustStatusValues)] string? status = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListMineAsync(
                                QueryEnums.Parse<TrustStatus>(status, "status"),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("Your own trust relationships")
            .ProducesCommonProblems(400);

        group
            .MapGet(
                "/restricted-reads",
                async (
                    HttpRequest request,
                    MeService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.RestrictedReadsAsync(new PageRequest(after, pageSize), ct),
                            request
                        )
                    )
            )
            .WithSummary("Who saw your contact points above network level, and when")
            .ProducesCommonProblems(400, 403);

        return api;
    }
}
