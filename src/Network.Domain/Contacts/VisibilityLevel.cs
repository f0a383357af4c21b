using System.ComponentModel;

namespace Network.Domain.Contacts;

/// <summary>Who may see a professional's contact point; chosen per contact point by its owner.</summary>
[Description("Who may see a contact point, chosen per contact point by its owner.")]
public enum VisibilityLevel
{
    [Description("Anyone who may see the professional, including system clients.")]
    Public,

    [Description("People in a municipality network the owner belongs to.")]
    Network,

    [Description("People with confirmed, unexpired trust with the owner, and coordinators.")]
    Trusted,

    [Description("Coordinators of the owner's municipalities.")]
    Coordinators,

    [Description("The owner only.")]
    Private,
}
