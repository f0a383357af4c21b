namespace Network.Application.Mail.Templates;

/// <summary>An e-mail as it will be sent: its template's name, language, subject and both bodies.</summary>
public sealed record RenderedMail(string Template, MailLanguage Language, string Subject, string Text, string Html);
