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
            .WithDescription(
                "Professionals only: a token acting as coordinator, administrator or system client gets 403, also when "
                    + "its account is linked to an entry. Your whole entry, listed or not, with every contact point and the "
                    + "optional fields whatever your consent; reading yourself records no restricted read. `If-None-Match` "
                    + "with the `ETag` answers 304 while it is unchanged, and the `ETag` is the `If-Match` for PUT and "
                    + "PATCH /me/profile."
            )
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
            .WithDescription(
                "Replaces `expertiseTags`, `languages`, `about`, `offersAnonymousConsultation` and `contactPoints`, "
                    + "each of which must be sent (`null` or `[]` clears one): a contact point with its `id` is kept with "
                    + "its read history, one without is new, those left out are removed. Your name, profession, memberships "
                    + "and municipalities stay your coordinators'; needs `If-Match` from GET /me (428 without, 412 when "
                    + "stale) and sets `lastVerifiedOn` to today. Professionals only (403 otherwise); audited "
                    + "(`me.update-profile`) and published in the change feed."
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
            .WithDescription(
                "As PUT /me/profile, but the `application/merge-patch+json` body (RFC 7396) names only what changes: "
                    + "`null` clears a property, arrays such as `contactPoints` are replaced whole. Professionals only (403 "
                    + "otherwise), with the same validation and `If-Match` rules (428, 412); it also sets `lastVerifiedOn` "
                    + "to today."
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
            .WithDescription(
                "`optionalFields: true` lets those who see your entry see your `languages` and `about`; `false` hides "
                    + "them from everyone but you from the next read on, without deleting them. Professionals only (403 "
                    + "otherwise); no `If-Match` needed, the answer carries the new `ETag`. Audited (`me.consent-given` or "
                    + "`me.consent-withdrawn`) and published in the change feed."
            )
            .Accepts<ConsentInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapGet("/reminders", async (MeService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetRemindersAsync(ct))
            )
            .WithSummary("Whether you get the optional reminders (entry still right?, the coordinators' digest)")
            .WithDescription(
                "`optional` is true when you get the optional e-mails, such as the question whether your entry is still "
                    + "right after `Reminders:VerifyAfterMonths` (default 11) months without verification; e-mails about "
                    + "expiring trust, unanswered trust proposals and invitations come regardless. "
                    + "Professionals only: tokens acting as coordinator, administrator or system client get 403."
            )
            .ProducesCommonProblems(403);

        group
            .MapPut("/reminders", async (ReminderInput input, MeService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetRemindersAsync(input, ct))
            )
            .WithSummary("Turn the optional reminders on or off; reminders about trust and proposals always come")
            .WithDescription(
                "Send `optional` (required, else 400): `false` stops the optional e-mails from the next reminder pass "
                    + "on, `true` turns them back on. Professionals only (403 otherwise); no `If-Match` needed. Audited "
                    + "(`me.reminders-on` or `me.reminders-off`)."
            )
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
            .WithDescription(
                "`accept: true` lists you (`listingStatus` `listed`) and sets `lastVerifiedOn` to today; `accept: "
                    + "false` withdraws it (`pending`), so only you, your coordinators and administrators still see your "
                    + "entry. `contactPointVisibility` sets the `visibility` of the contact points it names in the same "
                    + "save (400 for an id that is not yours). Professionals only (403 otherwise), no `If-Match` needed; "
                    + "audited (`me.listing-accepted` or `me.listing-withdrawn`) and published in the change feed."
            )
            .Accepts<ListingInput>("application/json")
            .ProducesCommonProblems(400, 403, 415);

        group
            .MapPost("/verification", async (HttpContext http, MeService service, CancellationToken ct) =>
            {
                var me = await service.VerifyAsync(ct);
                return http.WithETag(me.Version, TypedResults.Ok(me));
            })
            .WithSummary("Confirm your entry is still correct (resets the last-verified date)")
            .WithDescription(
                "Sets `lastVerifiedOn` to today and changes nothing else, so the reminder asking whether your entry "
                    + "is still right waits for its period again. Professionals only (403 otherwise); no body and no "
                    + "`If-Match` needed, the answer carries the new `ETag`. Audited (`me.verify`)."
            )
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
            .WithDescription(
                "Both directions: the proposals you made and received, and confirmed, expired and revoked trust; "
                    + "filter by `status`. A token that names no professional gets an empty list. Newest proposal first; "
                    + "pages with a cursor: follow `links.next`."
            )
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
            .WithDescription(
                "One item each time someone else was shown one of your `trusted` or `coordinators` contact points, in "
                    + "an entry or a lookup answer: when, who (`viewerId`, `viewerRole`, and `viewerName` for "
                    + "professionals), which contact point and the `rule` that allowed it. Newest first; pages with a "
                    + "cursor: follow `links.next`. Professionals only (403 otherwise)."
            )
            .ProducesCommonProblems(400, 403);

        return api;
    }
}
