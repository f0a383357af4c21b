using Network.Api.Rest.Common;
using Network.Application.Accounts;
using Network.Application.Common;

namespace Network.Api.Rest.Accounts;

public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Accounts");

        accounts
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    AccountService service,
                    CancellationToken ct,
                    string? municipality = null,
                    bool? unlinked = null,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(
                            await service.ListAsync(
                                new AccountFilter(municipality, unlinked),
                                new PageRequest(after, pageSize),
                                ct
                            ),
                            request
                        )
                    )
            )
            .WithSummary("List the accounts that signed in, with their roles (coordinators: their municipalities)")
            .WithDescription(
                "An account is an identity from a configured identity provider. Coordinators see the accounts linked "
                    + "to entries in their municipalities or holding a role there; accounts linked to nothing only "
                    + "administrators see. `unlinked=true` lists those not yet linked to an entry."
            )
            .ProducesCommonProblems(400, 403);

        accounts
            .MapGet("/{id:guid}", async (Guid id, AccountService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct))
            )
            .WithSummary("Get one account with its roles")
            .WithDescription(
                "Coordinators see accounts linked to an entry in their municipalities or holding a role there, "
                    + "administrators all; professionals and system clients get 403, an account you cannot see is 404. "
                    + "`roles` lists the administrator role and the coordinator roles of your municipalities, and "
                    + "`professionalId` appears only when you may see that entry."
            )
            .Produces<AccountDto>()
            .ProducesCommonProblems(403, 404);

        accounts
            .MapPost(
                "/{id:guid}/roles",
                async (Guid id, RoleGrantInput input, AccountService service, CancellationToken ct) =>
                    TypedResults.Ok(await service.GrantAsync(id, input, ct))
            )
            .WithSummary("Grant a role: coordinator of a municipality, or administrator (audited)")
            .WithDescription(
                "Coordinators grant the coordinator role of their own municipalities; only administrators grant the "
                    + "administrator role. Granting a role the account holds already changes nothing. The role counts "
                    + "from the account's next request."
            )
            .Accepts<RoleGrantInput>("application/json")
            .Produces<AccountDto>()
            .ProducesCommonProblems(400, 403, 404, 415);

        accounts
            .MapDelete(
                "/{id:guid}/roles/{grantId:guid}",
                async (Guid id, Guid grantId, AccountService service, CancellationToken ct) =>
                {
                    await service.RevokeAsync(id, grantId, ct);
                    return TypedResults.NoContent();
                }
            )
            .WithSummary("Revoke a role (audited); the account loses it at its next request")
            .WithDescription(
                "Coordinators revoke the coordinator role of their own municipalities, administrators any role (403 "
                    + "otherwise); 404 for an account you cannot see or a grant that is not one of its active roles. "
                    + "Audited (`role.revoke`); answers 204."
            )
            .ProducesCommonProblems(403, 404);

        var clients = api.MapGroup("/system-clients").WithTags("Accounts");

        clients
            .MapGet(
                "",
                async (
                    HttpRequest request,
                    SystemClientService service,
                    CancellationToken ct,
                    string? after = null,
                    int? pageSize = null
                ) =>
                    TypedResults.Ok(
                        PagedResponse.From(await service.ListAsync(new PageRequest(after, pageSize), ct), request)
                    )
            )
            .WithSummary("List the registered system clients of your municipalities")
            .WithDescription(
                "Coordinators see the clients of their municipalities, administrators all; professionals and system "
                    + "clients get 403. Deactivated clients are included (`isActive` false); ordered by municipality and "
                    + "name, pages with a cursor: follow `links.next`."
            )
            .ProducesCommonProblems(400, 403);

        clients
            .MapPost("", async (SystemClientInput input, SystemClientService service, CancellationToken ct) =>
            {
                var client = await service.RegisterAsync(input, ct);
                return TypedResults.Created($"/api/v1/system-clients/{client.Id}", client);
            })
            .WithSummary("Register a municipal system's client id with its scopes (coordinators, admins)")
            .WithDescription(
                "The identity provider authenticates the client (client credentials); this registration decides "
                    + "which municipality it reads and with which scopes. Scopes: `network.directory.read`, "
                    + "`network.lookup`."
            )
            .Accepts<SystemClientInput>("application/json")
            .ProducesCommonProblems(400, 403, 409, 415);

        clients
            .MapDelete("/{id:guid}", async (Guid id, SystemClientService service, CancellationToken ct) =>
            {
                await service.DeactivateAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deactivate a system client: its tokens reach nothing from the next request on")
            .WithDescription(
                "Coordinators of the client's municipality and administrators (403 for professionals and system "
                    + "clients, 404 for a client you cannot see). The registration is kept, deactivated; deactivating it "
                    + "again changes nothing and also answers 204. Audited (`system-client.deactivate`)."
            )
            .ProducesCommonProblems(403, 404);

        return api;
    }
}
