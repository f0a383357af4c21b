using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Mail;
using Network.Application.Persistence;

namespace Network.Api.Tests.Mail;

/// <summary>The sender as deployed: its background loop on real time, one instance or two on one store.</summary>
public sealed class LiveSenderTests(LiveMailFactory factory) : IClassFixture<LiveMailFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.Smtp.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_committed_message_arrives_through_the_running_sender_once()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to);

        await factory.Smtp.WaitForAsync(1, m => m.To.ToString() == to);
        await WaitUntilSentAsync(factory, [key]);

        Assert.Single(factory.Smtp.Received, m => m.To.ToString() == to);
    }

    [Fact]
    public async Task Two_instances_on_one_store_send_each_message_exactly_once()
    {
        await using var second = factory.SecondInstance();
        _ = second.Services; // started: its own sender loop runs
        var messages = Enumerable.Range(0, 30).Select(_ => MailArrange.NewAddress("pair")).ToList();
        var keys = new List<string>();
        foreach (var to in messages)
        {
            // Alternate the instance that writes, so both wake up and compete for the rows.
            var services = keys.Count % 2 == 0 ? factory.Services : second.Services;
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var key = $"pair:{Guid.NewGuid():N}";
            await scope.ServiceProvider.GetRequiredService<Outbox>().AddAsync(db, to, factory.VerifyMail(), key);
            await db.SaveChangesAsync();
            keys.Add(key);
        }

        await WaitUntilSentAsync(factory, keys);
        await second.DisposeAsync(); // its loop has stopped: nothing of it is still in flight

        var received = factory.Smtp.Received.Where(m => messages.Contains(m.To.ToString())).ToList();
        Assert.Equal(30, received.Count);
        Assert.Equal(30, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(messages.Order(), received.Select(m => m.To.ToString()).Order());
    }

    [Fact]
    public async Task Claims_racing_from_two_instances_lease_each_message_once()
    {
        await using var second = factory.SecondInstance();
        var messages = Enumerable.Range(0, 40).Select(_ => MailArrange.NewAddress("race")).ToList();
        var keys = new List<string>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            foreach (var to in messages)
            {
                var key = $"race:{Guid.NewGuid():N}";
                await outbox.AddAsync(db, to, factory.VerifyMail(), key);
                keys.Add(key);
            }
            await db.SaveChangesAsync();
        }

        // Rounds of both instances at once, on top of their own loops: every claim races another.
        var senders = new[] { factory.Services, second.Services }
            .Select(s => s.GetRequiredService<Network.Application.Mail.Sending.OutboxSender>())
            .ToArray();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => senders[i % 2].SendDueAsync(CancellationToken.None)));

        await WaitUntilSentAsync(factory, keys);
        await second.DisposeAsync();
        var received = factory.Smtp.Received.Where(m => messages.Contains(m.To.ToString())).ToList();
        Assert.Equal(40, received.Count);
        Assert.Equal(40, received.Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task WaitUntilSentAsync(MailFactory factory, IReadOnlyList<string> keys)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var unsent = await factory.WithDbAsync(db =>
                db.OutboxMessages.CountAsync(m =>
                    keys.Contains(m.OccasionKey) && (m.SentAt == null || m.ClaimToken != null)
                )
            );
            if (unsent == 0)
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The outbox was not sent.");
    }
}
