using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Network.Domain.Accounts;
using Network.Domain.Municipalities;

namespace Network.Application.Accounts;

[Description("An identity that signed in through a configured identity provider, with the entry it is linked to.")]
public sealed record AccountDto(
    Guid Id,
    [property: Description("The identity provider (OpenID Connect issuer) that vouches for this account.")]
        string Issuer,
    [property: Description("The name the identity provider gave at the last sign-in.")] string? DisplayName,
    [property: Description("The professional entry this account is linked to, when you may see that entry.")]
        Guid? ProfessionalId,
    IReadOnlyList<RoleGrantDto> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSignInAt
);

[Description("A role granted to an account. Revoked grants are kept in the audit trail, not listed here.")]
public sealed record RoleGrantDto(
    Guid Id,
    GrantedRole Role,
    [property: Description("CBS code of the municipality a coordinator maintains; absent for an administrator.")]
        string? Municipality,
    DateTimeOffset GrantedAt
);

[Description("A role to grant: coordinator of a municipality, or administrator (no municipality).")]
public sealed record RoleGrantInput(GrantedRole? Role, string? Municipality);

public sealed record AccountFilter(string? Municipality, bool? Unlinked);

[Description("A municipal system calling the API with client credentials, registered for one municipality.")]
public sealed record SystemClientDto(
    Guid Id,
    [property: Description("The identity provider (OpenID Connect issuer) that issues this client's tokens.")]
        string Issuer,
    [property: Description("The client id in the identity provider's tokens (`client_id`, or `sub`).")] string ClientId,
    string Name,
    string Municipality,
    [property: Description("The scopes this client may use; a token gets no more than it asks for.")]
        IReadOnlyList<string> Scopes,
    bool IsActive,
    DateTimeOffset CreatedAt
);

[Description("A municipal system to register: the identity provider and client id its tokens carry, and its scopes.")]
public sealed record SystemClientInput(
    [property:
        Required,
        Length(1, SystemClientService.MaxIssuerLength),
        Description("The OpenID Connect issuer that issues the client's tokens, as in their `iss`.")
    ]
        string? Issuer,
    [property:
        Required,
        Length(1, SystemClientService.MaxClientIdLength),
        Description("The client id in its tokens (`client_id`, or `sub`).")
    ]
        string? ClientId,
    [property: Required, Length(1, SystemClientService.MaxNameLength), Description("What the system is called.")]
        string? Name,
    [property:
        Required,
        Length(Municipality.CodeLength, Municipality.CodeLength),
        RegularExpression(Municipality.CodePattern),
        Description("CBS code of the municipality it works for; you must coordinate it.")
    ]
        string? Municipality,
    [property:
        Required,
        Length(1, SystemClientService.MaxScopes),
        Description("`network.directory.read` (read the directory), `network.lookup` (ask the lookup), or both.")
    ]
        IReadOnlyList<string>? Scopes
);

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>"issuer subject" of identities that become administrator at sign-in while the directory has none.</summary>
    public List<string> BootstrapAdministrators { get; set; } = [];
}
