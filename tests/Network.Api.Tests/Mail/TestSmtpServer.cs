using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Network.Api.Tests.Mail;

/// <summary>
/// A real SMTP server (the SmtpServer package) in the test process on a free port, keeping what it receives. It can
/// be stopped and started again on the same port, to play a mail server that is down for a while.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _running;
    private Task? _serving;

    public TestSmtpServer() => Port = FreePort();

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseStartTls"] = "false",
            ["Mail:Smtp:Timeout"] = "00:00:10",
        };

    /// <summary>Starts listening (again); a server already listening is left as it is.</summary>
    public async Task StartAsync()
    {
        if (_running is not null)
            return;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        var server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _serving = server.StartAsync(_running.Token);
        // Listening once a connection is accepted (no timing assumed: retried until it is).
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (i < 200)
            {
                await Task.Delay(25);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_running is null)
            return;
        await _running.CancelAsync();
        try
        {
            await _serving!;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException) { }
        _running.Dispose();
        _running = null;
    }

    /// <summary>Waits until <paramref name="count"/> messages arrived (or fails after a generous limit).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, Func<MimeMessage, bool>? which = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var matching = Received.Where(which ?? (_ => true)).ToList();
            if (matching.Count >= count)
                return matching;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Expected {count} message(s), received {Received.Count}.");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken
        )
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
