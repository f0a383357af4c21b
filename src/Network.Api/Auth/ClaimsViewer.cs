using System.Security.Claims;
using Network.Application.Access;

namespace Network.Api.Auth;

/// <summary>Turns the validated token's claims into the application layer's <see cref="Viewer"/>, once per request.</summary>
public sealed class ClaimsViewer(IHttpContextAccessor http) : ICurrentViewer
{
    private Viewer? _viewer;

    public Viewer Viewer => _viewer ??= From(http.HttpContext?.User);

    public static Viewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return Viewer.Anonymous;
        var role = user.FindFirst(NetworkClaims.Role)?.Value switch
        {
            "professional" => ViewerRole.Professional,
            "coordinator" => ViewerRole.Coordinator,
            "admin" => ViewerRole.Admin,
            "system" => ViewerRole.System,
            _ => ViewerRole.Anonymous,
        };
        if (role == ViewerRole.Anonymous)
            return Viewer.Anonymous;
        var professionalId = Guid.TryParse(user.FindFirst(NetworkClaims.ProfessionalId)?.Value, out var id)
            ? id
            : (Guid?)null;
        if (role == ViewerRole.Professional && professionalId is null)
            return Viewer.Anonymous;
        var municipalities = user.FindAll(NetworkClaims.Municipality)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);
        var scopes = user.FindAll(NetworkClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        var subject = user.FindFirst("sub")?.Value ?? "unknown";
        return new Viewer(subject, role, municipalities, professionalId, scopes);
    }
}
