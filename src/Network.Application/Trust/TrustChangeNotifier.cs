namespace Network.Application.Trust;

/// <summary>
/// Raised after trust edges change (propose, confirm, revoke, reconfirm, imports), so in-memory views of the
/// trust graph can be replaced. A singleton; subscribers must be quick and must not throw.
/// </summary>
public sealed class TrustChangeNotifier
{
    /// <summary>Trust changed; <c>null</c> when the change is not limited to one named relationship.</summary>
    public event Action<Guid?>? Changed;

    /// <summary>Many or unnamed relationships changed (e.g. a municipality's validity period moved their expiry).</summary>
    public void Notify() => Changed?.Invoke(null);

    /// <summary>One relationship changed: views re-read just that one.</summary>
    public void Notify(Guid relationshipId) => Changed?.Invoke(relationshipId);
}
