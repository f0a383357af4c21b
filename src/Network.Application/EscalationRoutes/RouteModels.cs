using Network.Domain.EscalationRoutes;

namespace Network.Application.EscalationRoutes;

/// <summary>The escalation ladder for one concern type in one municipality; steps are in order.</summary>
public sealed record RouteDto(
    Guid Id,
    string Municipality,
    string ConcernType,
    IReadOnlyList<RouteStepDto> Steps,
    int Version,
    DateTimeOffset UpdatedAt);

/// <summary>
/// One rung. <c>ProfessionalName</c> and <c>OrganisationName</c> are filled in when the viewer may see that
/// professional or organisation; <c>OwnDesignatedOfficer</c> is resolved per asker by the lookup.
/// </summary>
public sealed record RouteStepDto(
    int Order,
    RouteStepKind Kind,
    Guid? ProfessionalId,
    string? ProfessionalName,
    Guid? OrganisationId,
    string? OrganisationName,
    string? LineName,
    string? LinePhone,
    bool OffersAnonymousConsultation,
    MethodStep MethodStep,
    string? Note);

/// <summary>
/// A rung as a coordinator writes it; its position in the list is its order. <c>MethodStep</c> defaults to
/// emergency for emergency steps and to anonymous consultation otherwise.
/// </summary>
public sealed record RouteStepInput(
    RouteStepKind? Kind,
    Guid? ProfessionalId = null,
    Guid? OrganisationId = null,
    string? LineName = null,
    string? LinePhone = null,
    bool? OffersAnonymousConsultation = null,
    MethodStep? MethodStep = null,
    string? Note = null);

public sealed record RouteCreateInput(string? Municipality, string? ConcernType, IReadOnlyList<RouteStepInput>? Steps);

/// <summary>Replaces the whole ladder; municipality and concern type are fixed once created.</summary>
public sealed record RouteUpdateInput(IReadOnlyList<RouteStepInput>? Steps);

public sealed record RouteFilter(string? Municipality = null, string? ConcernType = null);
