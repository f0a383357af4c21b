using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Mail;

/// <summary>Production without an SMTP server refuses to start in one line, unless mail is switched off.</summary>
public sealed class MailStartupTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.Create("network-mail-startup");

    [Fact]
    public async Task Production_without_an_smtp_server_refuses_to_start_with_one_line()
    {
        var outcome = await StartProductionAsync([]);

        Assert.False(outcome.Listened, outcome.Output);
        Assert.NotEqual(0, outcome.ExitCode);
        var refusal = outcome.Output.Split('\n').Where(l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Mail:Smtp:Host", Assert.Single(refusal));
        Assert.DoesNotContain("   at ", outcome.Output);
    }

    [Fact]
    public async Task Production_with_mail_switched_off_starts()
    {
        var outcome = await StartProductionAsync(new() { ["Mail__Enabled"] = "false" });

        Assert.True(outcome.Listened, outcome.Output);
    }

    [Fact]
    public async Task Without_the_public_address_it_refuses_to_start_even_with_mail_switched_off()
    {
        // Reminders and invitations are composed into the outbox either way; without the address each reminder
        // pass failed, hourly, in the log only.
        var outcome = await StartProductionAsync(new() { ["Mail__Enabled"] = "false", ["Mail__PublicBaseUrl"] = "" });

        Assert.False(outcome.Listened, outcome.Output);
        var refusal = outcome.Output.Split('\n').Where(l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Mail:PublicBaseUrl", Assert.Single(refusal));
    }

    private Task<ServiceProcess.Outcome> StartProductionAsync(Dictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Demo__Seed"] = "false",
            ["Mail__PublicBaseUrl"] = "https://network.test.example",
            ["Auth__SigningKey"] = "test-signing-key-for-the-test-host-only-0123456789",
            ["Auth__Issuer"] = "network-dev",
        };
        foreach (var (key, value) in _store.Environment)
            environment[key] = value;
        foreach (var (key, value) in extra)
            environment[key] = value;
        return ServiceProcess.StartAsync(_store.ConnectionString, environment: environment);
    }

    public void Dispose() => _store.Dispose();
}
