using System.Net;
using System.Text;
using Network.Application.Common;
using Network.Domain.Privacy;

namespace Network.Application.Mail.Templates;

/// <summary>
/// Writes one e-mail as plain text and as simple HTML side by side, so the two always say the same. Every value put
/// in is HTML-encoded; every free text has passed <see cref="CaseDataGuard"/> first (<see cref="Guard"/>).
/// </summary>
internal sealed class MailWriter(MailLanguage language)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public bool English => language == MailLanguage.En;

    public string T(string nl, string en) => English ? en : nl;

    public string Date(DateTimeOffset t) => DateWords.Date(t, English);

    public string Date(DateOnly d) => DateWords.Date(d, English);

    public MailWriter Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A link people follow: a button in HTML, the address on its own line in text.</summary>
    public MailWriter Link(string label, Uri url)
    {
        _text.Append(label).Append(":\n").Append(url.AbsoluteUri).Append("\n\n");
        _html
            .Append("<p><a href=\"")
            .Append(Encode(url.AbsoluteUri))
            .Append("\" style=\"display:inline-block;padding:10px 16px;background:#154273;color:#ffffff;")
            .Append("text-decoration:none;border-radius:4px\">")
            .Append(Encode(label))
            .Append("</a></p>\n<p style=\"font-size:smaller\">")
            .Append(Encode(url.AbsoluteUri))
            .Append("</p>\n");
        return this;
    }

    public MailWriter List(string heading, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0)
            return this;
        _text.Append(heading).Append('\n');
        _html.Append("<p>").Append(Encode(heading)).Append("</p>\n<ul>\n");
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }
        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    public MailWriter Small(string text)
    {
        _text.Append("-- \n").Append(text).Append('\n');
        _html.Append("<hr>\n<p style=\"font-size:smaller;color:#555\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public RenderedMail Render(string template, string subject)
    {
        var html =
            $"<!DOCTYPE html>\n<html lang=\"{(English ? "en" : "nl")}\">\n<head><meta charset=\"utf-8\">"
            + $"<title>{Encode(subject)}</title></head>\n"
            + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a\">\n"
            + _html
            + "</body>\n</html>\n";
        return new RenderedMail(template, language, subject, _text.ToString().TrimEnd() + "\n", html);
    }

    /// <summary>
    /// Refuses to write an e-mail with a free text that looks like case data (the directory's guard), naming every
    /// such field at once. The values come from the directory, which guards them on input; this is the second lock.
    /// </summary>
    public static void Guard(params (string Field, string? Value)[] texts)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in texts)
            if (CaseDataGuard.Problem(value) is { } problem)
                errors[field] = [problem];
        if (errors.Count > 0)
            throw new ValidationException(errors);
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
