using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Accounts;
using Network.Domain.Municipalities;

namespace Network.Application.Accounts;

/// <summary>
/// System clients registered per municipality. The identity provider authenticates the client (client
/// credentials); this registration decides what it is: which municipality it reads and with which scopes.
/// </summary>
public sealed class SystemClientService(NetworkDbContext db, AccessPolicy access, AuditLog audit, TimeProvider clock)
{
    /// <summary>The caps of a registration: the input record declares them, RegisterAsync checks them.</summary>
    public const int MaxIssuerLength = 300,
        MaxClientIdLength = 200,
        MaxNameLength = 200;

    /// <summary>Each known scope at most once (SystemClientServiceTests hold it equal to KnownScopes' count).</summary>
    public const int MaxScopes = 2;

    public static readonly IReadOnlyList<string> KnownScopes =
    [
        NetworkClaims.ScopeDirectoryRead,
        NetworkClaims.ScopeLookup,
    ];

    public async Task<Page<SystemClientDto>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        var result = await access
            .VisibleSystemClients(db.SystemClients.AsNoTracking())
            .OrderBy(c => c.MunicipalityCode)
            .ThenBy(c => c.Name)
            .ThenBy(c => c.Id)
            .ToPageAsync(page, ct);
        return result.Map(ToDto);
    }

    public async Task<SystemClientDto> RegisterAsync(SystemClientInput input, CancellationToken ct)
    {
        var v = new Validator()
            .Require("issuer", input.Issuer, MaxIssuerLength)
            .Require("clientId", input.ClientId, MaxClientIdLength)
            .Require("name", input.Name, MaxNameLength, freeText: true)
            .Require("municipality", input.Municipality, Municipality.CodeLength)
            .List("scopes", input.Scopes, MaxScopes, required: true);
        foreach (var scope in input.Scopes ?? [])
            v.When(
                scope is not null && !KnownScopes.Contains(scope),
                "scopes",
                $"'{scope}' is not a scope of this API"
            );
        // A malformed code is not looked up: the store may refuse its text (PostgreSQL, a NUL) with a 500.
        if (
            input.Municipality is { } m
            && (!Municipality.IsValidCode(m) || !await db.Municipalities.AnyAsync(x => x.Code == m, ct))
        )
            v.Add("municipality", "is not a known municipality code");
        v.ThrowIfInvalid();
        access.EnsureCanRegisterSystemClient(input.Municipality!);
        var issuer = input.Issuer!.Trim().TrimEnd('/');
        if (await db.SystemClients.AnyAsync(c => c.Issuer == issuer && c.ClientId == input.ClientId, ct))
            throw new ConflictException("A system client with this issuer and client id is registered already.");
        var client = new SystemClient
        {
            Issuer = issuer,
            ClientId = input.ClientId!.Trim(),
            Name = input.Name!.Trim(),
            MunicipalityCode = input.Municipality!,
            Scopes = [.. input.Scopes!.Distinct()],
            CreatedAt = clock.GetUtcNow(),
        };
        db.SystemClients.Add(client);
        audit.Changed("system-client.register", "system-client", client.Id, client.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return ToDto(client);
    }

    /// <summary>Deactivates a client: its tokens reach nothing from the next request on. Idempotent.</summary>
    public async Task DeactivateAsync(Guid id, CancellationToken ct)
    {
        var client = await access.VisibleSystemClients(db.SystemClients).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("system client");
        access.EnsureCanRegisterSystemClient(client.MunicipalityCode);
        if (!client.IsActive)
            return;
        client.IsActive = false;
        audit.Changed("system-client.deactivate", "system-client", client.Id, client.MunicipalityCode);
        await db.SaveChangesAsync(ct);
    }

    private static SystemClientDto ToDto(SystemClient c) =>
        new(c.Id, c.Issuer, c.ClientId, c.Name, c.MunicipalityCode, c.Scopes, c.IsActive, c.CreatedAt);
}
