namespace Network.Domain.Contacts;

/// <summary>Who may see a professional's contact point; chosen per contact point by its owner.</summary>
public enum VisibilityLevel
{
    /// <summary>Anyone who may see the professional, including system clients.</summary>
    Public,
    /// <summary>People in a municipality network the owner belongs to.</summary>
    Network,
    /// <summary>People with confirmed, unexpired trust with the owner, and coordinators.</summary>
    Trusted,
    /// <summary>Coordinators of the owner's municipalities.</summary>
    Coordinators,
    /// <summary>The owner only.</summary>
    Private,
}
