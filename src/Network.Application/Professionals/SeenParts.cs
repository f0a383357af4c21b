using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>
/// The parts of an entry its editor is shown. An update replaces only these: a coordinator who cannot see a
/// private contact point, a membership at an organisation of another municipality or the optional fields without
/// consent cannot have meant to remove them, so they are kept as they are.
/// </summary>
public sealed record SeenParts(IReadOnlySet<Guid> ContactPoints, IReadOnlySet<Guid> Organisations, bool OptionalFields)
{
    /// <summary>The owner sees their whole entry.</summary>
    public static SeenParts All(Professional p) =>
        new(
            p.ContactPoints.Select(c => c.Id).ToHashSet(),
            p.Memberships.Select(m => m.OrganisationId).ToHashSet(),
            OptionalFields: true
        );

    public bool Sees(ContactPoint c) => ContactPoints.Contains(c.Id);

    public bool Sees(Membership m) => Organisations.Contains(m.OrganisationId);
}
