using Network.Domain.Contacts;

namespace Network.Domain.Visibility;

/// <summary>What the rules need to know about the viewer's relation to a contact point's owner.</summary>
public readonly record struct ViewerRelation(
    ViewerKind Kind,
    bool IsOwner,
    bool SharesNetwork,
    bool CoordinatesOwner,
    TrustProvenance? Trust
);

public enum ViewerKind
{
    Professional,
    Coordinator,
    Admin,
    System,
}

/// <summary>The confirmed, unexpired trust between viewer and owner, for explanations.</summary>
public sealed record TrustProvenance(
    string OtherName,
    DateOnly ConfirmedOn,
    string? WorkshopTitle,
    DateOnly? WorkshopDate
)
{
    public string Describe() =>
        WorkshopTitle is null
            ? $"you and {OtherName} confirmed trust on {ConfirmedOn:d MMMM yyyy}"
            : $"you and {OtherName} confirmed trust at the workshop \"{WorkshopTitle}\" of {WorkshopDate:d MMMM yyyy}";
}

public sealed record VisibilityDecision(bool Visible, string Rule, string Explanation);

/// <summary>
/// The per-contact-point visibility rule, decided here once for every door (REST, GraphQL, lookup).
/// Levels: public &lt; network &lt; trusted &lt; coordinators &lt; private. See README "Visibility".
/// </summary>
public static class ContactPointRules
{
    public static VisibilityDecision Decide(VisibilityLevel level, ViewerRelation r)
    {
        if (r.IsOwner)
            return Allow("owner", "this is your own contact point");

        return level switch
        {
            VisibilityLevel.Public => Allow("public", "the owner made it public"),
            VisibilityLevel.Network => r switch
            {
                { Kind: ViewerKind.System } => Deny("network", "system clients see public contact points only"),
                { Kind: ViewerKind.Admin } => Allow("network", "administrators see network-level contact points"),
                { CoordinatesOwner: true } => Allow(
                    "network",
                    "you coordinate a municipality network the owner belongs to"
                ),
                { SharesNetwork: true } => Allow(
                    "network",
                    "you and the owner belong to the same municipality network"
                ),
                _ => Deny("network", "you do not share a municipality network with the owner"),
            },
            VisibilityLevel.Trusted => r switch
            {
                { CoordinatesOwner: true } => Allow(
                    "trusted",
                    "coordinators of the owner's municipality see trusted contact points"
                ),
                { Kind: ViewerKind.Professional, Trust: { } t } => Allow("trusted", t.Describe()),
                _ => Deny("trusted", "only people with confirmed, unexpired trust with the owner see this"),
            },
            VisibilityLevel.Coordinators => r.CoordinatesOwner
                ? Allow("coordinators", "you coordinate a municipality network the owner belongs to")
                : Deny("coordinators", "only coordinators of the owner's municipality see this"),
            _ => Deny("private", "only the owner sees this"),
        };
    }

    private static VisibilityDecision Allow(string rule, string why) => new(true, rule, $"{rule}: {why}");

    private static VisibilityDecision Deny(string rule, string why) => new(false, rule, $"{rule}: {why}");
}
