using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Accounts;

/// <summary>The service trusting a real OpenID Connect provider (started with it) as "test", besides the demo logins.</summary>
public sealed class IdentityProviderFactory : NetworkApiFactory, IAsyncLifetime
{
    private OidcProvider? _idp;

    public OidcProvider Idp => _idp ?? throw new InvalidOperationException("not started");

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(Idp.Settings())
        {
            ["Accounts:BootstrapAdministrators:0"] = $"{Idp.Issuer} first.admin",
            ["Accounts:BootstrapAdministrators:1"] = $"{Idp.Issuer} second.admin",
        };

    public async Task InitializeAsync() =>
        _idp = await OidcProvider.StartAsync("http://localhost/aanmelden/test/terug");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_idp is not null)
            await _idp.DisposeAsync();
    }
}
