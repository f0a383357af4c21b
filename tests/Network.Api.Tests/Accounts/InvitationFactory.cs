using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Mail;

namespace Network.Api.Tests.Accounts;

/// <summary>
/// The service with a real SMTP server and a real OpenID Connect provider ("test"): the invitation journey from the
/// e-mail to the linked, listed entry.
/// </summary>
public sealed class InvitationFactory : MailFactory, IAsyncLifetime
{
    private OidcProvider? _idp;

    public OidcProvider Idp => _idp ?? throw new InvalidOperationException("not started");

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings.Concat(Idp.Settings()));

    public async Task InitializeAsync()
    {
        _idp = await OidcProvider.StartAsync("http://localhost/aanmelden/test/terug");
        await Smtp.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_idp is not null)
            await _idp.DisposeAsync();
    }
}
