using System.ComponentModel;

namespace Network.Domain.Accounts;

/// <summary>
/// An external identity (the issuer and subject an identity provider vouches for) as the directory knows it:
/// recorded at its first sign-in, linked to at most one professional's entry, holding the roles it was granted.
/// Who someone is in the network is decided here, never by claims a token carries.
/// </summary>
public sealed class Account
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Issuer { get; init; }
    public required string Subject { get; init; }

    /// <summary>The last e-mail address the provider said it verified; used only to offer linking a second account.</summary>
    public string? VerifiedEmail { get; set; }
    public string? DisplayName { get; set; }
    public Guid? ProfessionalId { get; set; }
    public List<RoleGrant> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastSignInAt { get; set; }
}

/// <summary>A role beyond professional, granted to an account; revoked, never deleted, so the audit trail keeps it.</summary>
public sealed class RoleGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AccountId { get; init; }
    public GrantedRole Role { get; init; }

    /// <summary>The municipality a coordinator maintains; null for an administrator.</summary>
    public string? MunicipalityCode { get; init; }
    public DateTimeOffset GrantedAt { get; init; }
    public required string GrantedBy { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}

[Description("A role an account holds beyond being a professional.")]
public enum GrantedRole
{
    [Description("Maintains the network of one municipality.")]
    Coordinator,

    [Description("Administers the platform: every municipality, the catalogues and the roles.")]
    Admin,
}

/// <summary>
/// A municipal system that calls the API with client credentials, registered per municipality: a token from the
/// configured identity provider for this client id gets exactly the scopes registered here (and the token asks for).
/// </summary>
public sealed class SystemClient
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Issuer { get; init; }
    public required string ClientId { get; init; }
    public required string Name { get; set; }
    public required string MunicipalityCode { get; init; }
    public List<string> Scopes { get; set; } = [];
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
}
