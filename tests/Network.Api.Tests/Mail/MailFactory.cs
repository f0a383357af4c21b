using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Network.Api.Tests.Infrastructure;
using Network.Application.Mail.Sending;

namespace Network.Api.Tests.Mail;

/// <summary>
/// The service with a real SMTP server (<see cref="TestSmtpServer"/>) and a clock the test moves. The sender's
/// background loop is off: tests run its rounds one by one (<see cref="SendDueAsync"/>), so retries and back-off are
/// decided by the clock, not by waiting.
/// </summary>
public class MailFactory : NetworkApiFactory
{
    public TestSmtpServer Smtp { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    protected virtual bool SenderRuns => false;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(Smtp.Settings)
        {
            ["Mail:Enabled"] = SenderRuns ? "true" : "false",
            ["Mail:PublicBaseUrl"] = "https://network.test.example",
            ["Mail:From"] = "Network <noreply@network.test.example>",
            ["Mail:FirstRetryDelay"] = "00:00:30",
            ["Mail:MaxAttempts"] = "4",
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(Logs));
        if (!SenderRuns)
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public Task<RoundResult> SendDueAsync() =>
        Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with the sender's background loop running on real time, as deployed.</summary>
public sealed class LiveMailFactory : MailFactory
{
    protected override bool SenderRuns => true;

    /// <summary>A second instance of the service on this one's store (its own sender loop, same SMTP server).</summary>
    public WebApplicationFactory<Program> SecondInstance() =>
        WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(Store.Settings)));
}
