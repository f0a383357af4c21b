using Microsoft.EntityFrameworkCore;
using Network.Application.Mail;

namespace Network.Api.Tests.Mail;

/// <summary>
/// Issue 13 item 5: a message is written with the change that causes it and sent once over real SMTP; a rolled-back
/// change sends nothing; one occasion is one message however often it is queued.
/// </summary>
public sealed class OutboxTests(MailFactory factory) : IClassFixture<MailFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.Smtp.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_saved_with_its_change_arrives_once_with_a_message_id_from_its_outbox_id()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to, about: "Saved together");

        var first = await factory.SendDueAsync();
        var again = await factory.SendDueAsync();

        var received = factory.Smtp.Received.Where(m => m.To.ToString() == to).ToList();
        var mail = Assert.Single(received);
        var row = await factory.OutboxRowAsync(key);
        Assert.NotNull(row?.SentAt);
        Assert.Equal($"{row!.Id:N}@network.test.example", mail.MessageId);
        Assert.Equal("Kloppen je gegevens nog?", mail.Subject);
        Assert.Equal("noreply@network.test.example", mail.From.Mailboxes.Single().Address);
        Assert.True(first.Sent >= 1);
        Assert.Equal(0, again.Claimed);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.ClaimToken);
        Assert.True(await factory.WithDbAsync(db => db.Professionals.AnyAsync(p => p.About == "Saved together")));
    }

    [Fact]
    public async Task A_message_whose_change_was_rolled_back_is_never_sent()
    {
        var to = MailArrange.NewAddress();
        var key = $"rolled-back:{Guid.NewGuid():N}";
        await factory.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var someone = await db.Professionals.OrderBy(p => p.Id).FirstAsync();
            someone.About = "Never committed";
            Assert.True(await factory.Outbox().AddAsync(db, to, factory.VerifyMail(), key));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        });

        await factory.SendDueAsync();

        Assert.Equal(0, await factory.OutboxCountAsync(key));
        Assert.DoesNotContain(factory.Smtp.Received, m => m.To.ToString() == to);
        Assert.False(await factory.WithDbAsync(db => db.Professionals.AnyAsync(p => p.About == "Never committed")));
    }

    [Fact]
    public async Task One_occasion_queued_again_after_a_restart_or_twice_in_one_change_is_one_message()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to);

        var later = await factory.WithDbAsync(async db =>
        {
            var added = await factory.Outbox().AddAsync(db, to, factory.VerifyMail(), key);
            await db.SaveChangesAsync();
            return added;
        });
        var twice = await factory.WithDbAsync(async db =>
        {
            var fresh = $"twice:{Guid.NewGuid():N}";
            var one = await factory.Outbox().AddAsync(db, to, factory.VerifyMail(), fresh);
            var two = await factory.Outbox().AddAsync(db, to, factory.VerifyMail(), fresh);
            await db.SaveChangesAsync();
            return (one, two, count: await db.OutboxMessages.CountAsync(m => m.OccasionKey == fresh));
        });
        await factory.SendDueAsync();

        Assert.False(later);
        Assert.Equal(1, await factory.OutboxCountAsync(key));
        Assert.Equal((true, false, 1), twice);
        Assert.Equal(2, factory.Smtp.Received.Count(m => m.To.ToString() == to));
    }

    [Fact]
    public async Task A_concurrent_writer_of_the_same_occasion_is_refused_by_the_unique_index_and_recognised()
    {
        var to = MailArrange.NewAddress();
        var key = $"race:{Guid.NewGuid():N}";
        var refused = await factory.WithDbAsync(db =>
            factory.WithDbAsync(async other =>
            {
                // Both check before either saves, as two instances without a transaction would.
                Assert.True(await factory.Outbox().AddAsync(db, to, factory.VerifyMail(), key));
                Assert.True(await factory.Outbox().AddAsync(other, to, factory.VerifyMail(), key));
                await db.SaveChangesAsync();
                var e = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
                return Outbox.IsDuplicateOccasion(e);
            })
        );

        Assert.True(refused);
        Assert.Equal(1, await factory.OutboxCountAsync(key));
    }

    [Fact]
    public async Task A_message_leased_by_an_instance_that_died_is_sent_after_the_lease_with_the_same_message_id()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to);
        await factory.SendDueAsync();
        // The crash window: the server accepted it, the instance died before marking it sent, holding the lease.
        await factory.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.OccasionKey == key)
                .ExecuteUpdateAsync(s =>
                    s.SetProperty(m => m.SentAt, (DateTimeOffset?)null)
                        .SetProperty(m => m.ClaimToken, Guid.NewGuid())
                        .SetProperty(m => m.ClaimedUntil, factory.Clock.GetUtcNow().AddMinutes(2))
                )
        );

        var whileLeased = await factory.SendDueAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await factory.SendDueAsync();

        Assert.Equal(0, whileLeased.Claimed);
        var copies = factory.Smtp.Received.Where(m => m.To.ToString() == to).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Single(copies.Select(m => m.MessageId).Distinct());
        Assert.NotNull((await factory.OutboxRowAsync(key))?.SentAt);
    }

    [Fact]
    public async Task Sending_logs_neither_addresses_nor_subjects()
    {
        var to = MailArrange.NewAddress("private-person");
        await factory.QueueWithChangeAsync(to);

        await factory.SendDueAsync();

        Assert.Contains(factory.Logs.Entries, e => e.Text.Contains("Outbox: sent", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Text.Contains("private-person", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Text.Contains("Kloppen je", StringComparison.Ordinal));
    }
}
