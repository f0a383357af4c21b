namespace Network.Application.Trust;

/// <summary>
/// Raised after trust edges change (propose, confirm, revoke, reconfirm, imports), so in-memory views of the
/// trust graph can be replaced. A singleton; subscribers must be quick and must not throw.
/// </summary>
public sealed class TrustChangeNotifier
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
