using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Network.Application.Mail.Sending;

/// <summary>Where the sender hands messages over: an SMTP server, or (Development without one) a folder.</summary>
public interface IMailTransport
{
    /// <summary>Opens one connection for a batch of messages.</summary>
    Task<IMailConnection> OpenAsync(CancellationToken ct);
}

public interface IMailConnection : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>MailKit over SMTP, with STARTTLS unless switched off, and authentication when a user name is set.</summary>
internal sealed class SmtpMailTransport(SmtpOptions smtp) : IMailTransport
{
    public async Task<IMailConnection> OpenAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            var security =
                smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : smtp.UseStartTls ? SecureSocketOptions.StartTls
                : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            return new Connection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct) => await client.SendAsync(message, ct);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException) { }
            client.Dispose();
        }
    }
}

/// <summary>
/// Development without an SMTP server: each message becomes <c>{outbox id}.eml</c> in a folder, readable by any mail
/// program. Written under a temporary name and moved, so a reader never sees half a file; a resend overwrites.
/// </summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public Task<IMailConnection> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        return Task.FromResult<IMailConnection>(new Connection(directory));
    }

    private sealed class Connection(string directory) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            var name = (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0];
            var temporary = Path.Combine(directory, $".{name}.tmp");
            await message.WriteToAsync(temporary, ct);
            File.Move(temporary, Path.Combine(directory, $"{name}.eml"), overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
