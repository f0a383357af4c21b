using System.ComponentModel;
using Network.Api.Rest.Common;
using Network.Application.Accounts;
using Network.Application.Common;
using Network.Domain.Accounts;

namespace Network.Api.Rest.Accounts;

public static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(
                "/professionals/{id:guid}/invitations",
                async (Guid id, InvitationInput input, InvitationService service, CancellationToken ct) =>
                {
                    var invitation = await service.CreateAsync(id, input, ct);
                    return TypedResults.Created($"/api/v1/invitations/{invitation.Id}", invitation);
                }
            )
            .WithTags("Accounts")
            .WithSummary("Invite a person to sign in and claim their entry (again: the previous link stops working)")
            .WithDescription(
                "Writes an e-mail with a single-use link to the address in the person's entry, in the same save; the "
                    + "link works for `Invitations:ValidDays` (default 14) days and is never shown by the API. The "
                    + "link leads through sign-in, links the account to the entry, then asks the person's consent "
                    + "to be listed and shows their workshop's trust proposals. 409 when the person is inactive or "
                    + "has signed in already."
            )
            .Accepts<InvitationInput>("application/json")
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        var invitations = api.MapGroup("/invitations").WithTags("Accounts");
        invitations
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    InvitationService service,
                    CancellationToken ct,
                    string? municipality = null,
                    [Description("Only invitations in this state: open, accepted, revoked or expired.")]
                        string? status = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new InvitationFilter(
                                    municipality,
                                    QueryEnums.Parse<InvitationStatus>(status, "status")
                                ),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List invitations of people in your municipalities; `status=open` shows who has not accepted")
            .WithDescription(
                "Coordinators see invitations of people in their municipalities, administrators all; professionals "
                    + "and system clients get 403. Filter by `municipality` and by `status` (`open`, `accepted`, `revoked`, "
                    + "`expired`); oldest first, pages with a cursor: follow `links.next`. The link itself is never shown."
            )
            .ProducesCommonProblems(400, 403);

        invitations
            .MapDelete("/{id:guid}", async (Guid id, InvitationService service, CancellationToken ct) =>
            {
                await service.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke an open invitation: its link stops working at once")
            .WithDescription(
                "Coordinators of the person's municipality and administrators (403 for professionals and system "
                    + "clients, 404 for an invitation you cannot see); 409 when it is not open (accepted, revoked or "
                    + "expired). No e-mail is sent; a new POST /professionals/{id}/invitations invites again. Audited "
                    + "(`invitation.revoke`); answers 204."
            )
            .ProducesCommonProblems(403, 404, 409);
        return api;
    }
}
