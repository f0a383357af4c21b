using Network.Application.Mail;

namespace Network.Api.Tests.Mail;

/// <summary>Issue 13 item 5: while the SMTP server is down, messages wait with exponential back-off, then arrive once.</summary>
public sealed class SmtpDownTests(MailFactory factory) : IClassFixture<MailFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.Smtp.StopAsync();

    public Task DisposeAsync() => factory.Smtp.StopAsync();

    [Fact]
    public async Task A_message_is_retried_with_exponential_back_off_while_smtp_is_down_and_arrives_once_it_is_up()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to);

        var t0 = factory.Clock.GetUtcNow();
        var down = await factory.SendDueAsync();
        var afterFirst = await factory.OutboxRowAsync(key);
        factory.Clock.Advance(TimeSpan.FromSeconds(29));
        var tooEarly = await factory.SendDueAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var secondTry = await factory.SendDueAsync();
        var afterSecond = await factory.OutboxRowAsync(key);
        await factory.Smtp.StartAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        var stillWaiting = await factory.SendDueAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var up = await factory.SendDueAsync();
        var later = await factory.SendDueAsync();

        Assert.Equal((1, 0, 1), (down.Claimed, down.Sent, down.Failed));
        Assert.Equal(1, afterFirst!.Attempts);
        var precision = TimeSpan.FromMilliseconds(1); // the store keeps time to the millisecond
        Assert.Equal(t0.AddSeconds(30), afterFirst.NextAttemptAt, precision);
        Assert.StartsWith("SocketException", afterFirst.LastError);
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal(1, secondTry.Failed);
        Assert.Equal(2, afterSecond!.Attempts);
        Assert.Equal(t0.AddSeconds(30 + 60), afterSecond.NextAttemptAt, precision); // 30 s, then 60 s
        Assert.Equal(0, stillWaiting.Claimed);
        Assert.Equal(1, up.Sent);
        Assert.Equal(0, later.Claimed);
        Assert.Single(factory.Smtp.Received, m => m.To.ToString() == to);
        var sent = await factory.OutboxRowAsync(key);
        Assert.Equal(3, sent!.Attempts);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task After_the_maximum_number_of_attempts_a_message_is_given_up_and_no_longer_tried()
    {
        var to = MailArrange.NewAddress();
        var key = await factory.QueueWithChangeAsync(to);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await factory.SendDueAsync();
            factory.Clock.Advance(TimeSpan.FromHours(7));
        }
        await factory.Smtp.StartAsync();
        await factory.SendDueAsync();

        var row = await factory.OutboxRowAsync(key);
        Assert.Equal(4, row!.Attempts);
        Assert.NotNull(row.FailedAt);
        Assert.Null(row.SentAt);
        Assert.DoesNotContain(factory.Smtp.Received, m => m.To.ToString() == to);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Text.Contains(to, StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, e => e.Text.Contains("given up after 4", StringComparison.Ordinal));
    }
}
