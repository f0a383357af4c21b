using Network.Api.GraphQL.Common;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Api.GraphQL.Professionals;

public sealed class ListingStatusType() : DescribedEnumType<ListingStatus>(
    "ListingStatus", "Whether a professional accepted being listed in the network.",
    (ListingStatus.Pending, "Added by a coordinator; not yet accepted by the professional, so only coordinators see it."),
    (ListingStatus.Listed, "Accepted by the professional; visible in the network."));

public sealed class VisibilityLevelType() : DescribedEnumType<VisibilityLevel>(
    "VisibilityLevel", "Who may see a contact point, chosen per contact point by its owner.",
    (VisibilityLevel.Public, "Anyone who may see the professional, including system clients."),
    (VisibilityLevel.Network, "People in a municipality network the owner belongs to."),
    (VisibilityLevel.Trusted, "People with confirmed, unexpired trust with the owner, and coordinators."),
    (VisibilityLevel.Coordinators, "Coordinators of the owner's municipalities."),
    (VisibilityLevel.Private, "The owner only."));
