using Network.Api.Tests.Infrastructure.World;
using Network.Api.Tests.Mail;
using Network.Domain.Trust;

namespace Network.Api.Tests.Reminders;

/// <summary>The host runs the reminder pass by itself, every <c>Reminders:Interval</c> on the service's clock.</summary>
public sealed class ReminderSchedulerTests(ReminderSchedulerTests.Scheduled factory)
    : IClassFixture<ReminderSchedulerTests.Scheduled>
{
    public sealed class Scheduled : MailFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings)
            {
                ["Reminders:Enabled"] = "true",
                ["Reminders:Interval"] = "01:00:00",
            };
    }

    [Fact]
    public async Task A_proposal_left_unanswered_is_reminded_by_the_next_scheduled_pass()
    {
        var world = new TestWorld(factory);
        var proposer = await world.ProfessionalAsync(TestWorld.A, $"Sched{Guid.NewGuid():N}"[..13]);
        var recipient = await world.ProfessionalAsync(TestWorld.A, $"Sched{Guid.NewGuid():N}"[..13]);
        var trust = await world.TrustAsync(
            proposer,
            recipient,
            status: TrustStatus.Proposed,
            at: factory.Clock.GetUtcNow().AddDays(-8)
        );

        // The pass at start-up may have run before the proposal existed; the next one comes an interval later.
        var key = $"trust-proposal:{trust}";
        for (var i = 0; i < 100 && await factory.OutboxCountAsync(key) == 0; i++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(100);
        }
        Assert.Equal(1, await factory.OutboxCountAsync(key));
    }
}
