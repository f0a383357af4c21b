namespace Network.Application.Mail;

/// <summary>
/// <c>Mail:*</c>. With <see cref="SmtpOptions.Host"/> set, the sender delivers over SMTP; without it, in Development it
/// writes each message as an <c>.eml</c> file into <see cref="PickupDirectory"/>, and Production refuses to start
/// unless <see cref="Enabled"/> is false (the outbox then keeps the messages until a server is configured).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public bool Enabled { get; set; } = true;

    /// <summary>Where links in e-mails point: the web app as people reach it (e.g. https://network.example.nl).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The sender address, e.g. <c>Network &lt;noreply@network.example.nl&gt;</c>.</summary>
    public string From { get; set; } = "Network <noreply@network.invalid>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Without an SMTP host (Development): messages are written here as .eml files.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed message is left to the instance that claimed it before another may try.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the sender looks for due messages when it was not woken by a new one.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>STARTTLS is required when true; when false the connection is plain (a local relay or a test sink).</summary>
    public bool UseStartTls { get; set; } = true;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
