using MimeKit;

namespace Network.Application.Mail.Sending;

/// <summary>
/// The MIME message for an outbox row. Its Message-ID comes from the outbox id, so the one resend the design allows
/// (the sender stopped between the server's acceptance and marking the row sent) carries the same Message-ID and a
/// receiver can drop it as a duplicate.
/// </summary>
internal static class OutboxMime
{
    public static MimeMessage Build(OutboxMessage m, MailboxAddress from)
    {
        var message = new MimeMessage { Subject = m.Subject, Date = m.CreatedAt };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(m.Recipient));
        message.MessageId = MessageId(m.Id, from);
        message.Headers.Add(HeaderId.ContentLanguage, m.Language == MailLanguage.En ? "en" : "nl");
        // Automatic mail: no out-of-office replies back to the sender (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = m.TextBody, HtmlBody = m.HtmlBody }.ToMessageBody();
        return message;
    }

    public static string MessageId(Guid outboxId, MailboxAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        var domain = at >= 0 ? from.Address[(at + 1)..] : "network.invalid";
        return $"{outboxId:N}@{domain}";
    }
}
