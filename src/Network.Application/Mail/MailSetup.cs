using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Network.Application.Common;
using Network.Application.Mail.Sending;
using Network.Application.Mail.Templates;

namespace Network.Application.Mail;

public static class MailSetup
{
    /// <summary>The outbox, the templates and the sender (<c>Mail:*</c>, see <see cref="MailOptions"/>).</summary>
    public static IServiceCollection AddNetworkMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
                return new SmtpMailTransport(options.Smtp);
            var directory = Path.GetFullPath(
                options.PickupDirectory,
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath
            );
            sp.GetRequiredService<ILogger<OutboxSender>>().MailToPickupDirectory(directory);
            return new PickupDirectoryTransport(directory);
        });
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => new SenderWhenEnabled(sp));
        return services;
    }

    /// <summary>
    /// Why the mail settings cannot work, in one line, or null. Messages are composed (with their links) even when
    /// mail is switched off, which only keeps them in the outbox unsent, so the public address is always needed.
    /// Production needs an SMTP server unless mail is switched off; Development without one writes .eml files instead.
    /// </summary>
    public static string? StartProblem(MailOptions o, bool isDevelopment)
    {
        if (
            !Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var root)
            || root.Scheme is not ("http" or "https")
            || root.Query.Length > 0
        )
            return "Mail:PublicBaseUrl must be the web app's absolute address (https://…), for the links in e-mail"
                + " (reminders and invitations are written to the outbox even with Mail:Enabled=false)";
        if (!o.Enabled)
            return null;
        if (!MailboxAddress.TryParse(o.From, out _))
            return "Mail:From is not an e-mail address (e.g. \"Network <noreply@example.nl>\")";
        if (!isDevelopment && string.IsNullOrWhiteSpace(o.Smtp.Host))
            return "no SMTP server is configured: set Mail:Smtp:Host (and Port, UserName, Password, UseStartTls),"
                + " or Mail:Enabled=false to keep e-mail in the outbox unsent";
        if (o.MaxAttempts < 1 || o.BatchSize < 1 || o.Lease <= o.Smtp.Timeout || o.FirstRetryDelay <= TimeSpan.Zero)
            return "Mail: MaxAttempts and BatchSize must be at least 1, FirstRetryDelay positive, and Lease longer"
                + " than Smtp:Timeout";
        return null;
    }

    /// <summary>Runs the sender unless <c>Mail:Enabled</c> is false; the sender itself stays resolvable for tests.</summary>
    private sealed class SenderWhenEnabled(IServiceProvider services) : IHostedService
    {
        private readonly OutboxSender? _sender = services.GetRequiredService<IOptions<MailOptions>>().Value.Enabled
            ? services.GetRequiredService<OutboxSender>()
            : null;

        public Task StartAsync(CancellationToken cancellationToken) =>
            _sender?.StartAsync(cancellationToken) ?? Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) =>
            _sender?.StopAsync(cancellationToken) ?? Task.CompletedTask;
    }
}
