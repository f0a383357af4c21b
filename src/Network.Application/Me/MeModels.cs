using Network.Application.Professionals;
using Network.Domain.Contacts;

namespace Network.Application.Me;

/// <summary>What a professional may change about themself: not their name, profession, memberships, municipalities or role.</summary>
public sealed record ProfileInput(
    IReadOnlyList<string>? ExpertiseTags,
    IReadOnlyList<string>? Languages,
    string? About,
    bool OffersAnonymousConsultation,
    IReadOnlyList<ContactPointInput>? ContactPoints);

public sealed record ConsentInput(bool OptionalFields);

/// <summary>Accept being listed (consent first), choosing each contact point's visibility at the same time.</summary>
public sealed record ListingInput(bool Accept, IReadOnlyList<VisibilityChoice>? ContactPointVisibility);

public sealed record VisibilityChoice(Guid ContactPointId, VisibilityLevel Visibility);

/// <summary>Someone who saw one of your restricted contact points: who, when, under which rule.</summary>
public sealed record RestrictedReadDto(DateTimeOffset OccurredAt, string ViewerId, string ViewerRole, Guid? ViewerProfessionalId, string? ViewerName, string ContactPointId, string? Rule);
