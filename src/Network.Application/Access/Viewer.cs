using System.ComponentModel;

namespace Network.Application.Access;

/// <summary>Who is asking, as the application layer sees it. Built once per request from the validated token.</summary>
public sealed record Viewer(
    string Subject,
    ViewerRole Role,
    IReadOnlySet<string> Municipalities,
    Guid? ProfessionalId,
    IReadOnlySet<string> Scopes
)
{
    public static readonly Viewer Anonymous = new(
        "anonymous",
        ViewerRole.Anonymous,
        new HashSet<string>(),
        null,
        new HashSet<string>()
    );

    public bool IsAuthenticated => Role != ViewerRole.Anonymous;
    public bool IsAdmin => Role == ViewerRole.Admin;
    public bool IsCoordinator => Role == ViewerRole.Coordinator;
    public bool IsProfessional => Role == ViewerRole.Professional && ProfessionalId is not null;
    public bool IsSystem => Role == ViewerRole.System;

    public bool CoordinatesIn(string municipalityCode) => IsCoordinator && Municipalities.Contains(municipalityCode);

    public bool CoordinatesAny(IEnumerable<string> municipalityCodes) =>
        IsCoordinator && municipalityCodes.Any(Municipalities.Contains);

    public bool HasScope(string scope) => Scopes.Contains(scope);
}

[Description("The kind of principal behind a token.")]
public enum ViewerRole
{
    [Description("No valid token; sees nothing but the schema.")]
    Anonymous,

    [Description("A professional in the network; sees the network of their municipalities.")]
    Professional,

    [Description("A network coordinator; maintains and sees all of their own municipalities.")]
    Coordinator,

    [Description("A platform administrator; edits the catalogues.")]
    Admin,

    [Description("A municipal system (client credentials); sees what its scopes allow.")]
    System,
}

/// <summary>Token claim names and system-client scopes, shared by the token issuer and the reader.</summary>
public static class NetworkClaims
{
    public const string Role = "role";
    public const string Municipality = "municipality";
    public const string ProfessionalId = "professional_id";
    public const string Scope = "scope";

    /// <summary>Read organisations, domains, catalogues, routes, and professionals' public contact points.</summary>
    public const string ScopeDirectoryRead = "network.directory.read";

    /// <summary>Ask the contact lookup on behalf of the client's own users (no personal data in the answer beyond public).</summary>
    public const string ScopeLookup = "network.lookup";
}

/// <summary>The current request's viewer; implemented by the host from the authenticated user.</summary>
public interface ICurrentViewer
{
    Viewer Viewer { get; }
}
