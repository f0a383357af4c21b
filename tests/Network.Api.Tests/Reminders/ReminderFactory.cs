using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Mail;
using Network.Application.Reminders;

namespace Network.Api.Tests.Reminders;

/// <summary>
/// The mail factory (real SMTP, a clock the test holds) with reminder periods a test can tell apart: Lindewaard
/// warns about expiring trust 60 days ahead instead of 30, and the digest goes today.
/// </summary>
public sealed class ReminderFactory : MailFactory, IAsyncLifetime
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["Reminders:Municipalities:GM9902:TrustExpiryDays"] = "60",
            ["Reminders:Defaults:DigestDay"] = Clock.GetUtcNow().DayOfWeek.ToString(),
        };

    public async Task<ReminderResult> RunAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None);
    }

    public Task InitializeAsync() => Smtp.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
