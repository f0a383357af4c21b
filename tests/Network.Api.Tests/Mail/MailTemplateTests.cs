using Microsoft.Extensions.DependencyInjection;
using Network.Application.Common;
using Network.Application.Mail;
using Network.Application.Mail.Templates;

namespace Network.Api.Tests.Mail;

/// <summary>Texts in Dutch first and English, absolute links, encoded HTML, and the case-data guard on every free text.</summary>
public sealed class MailTemplateTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private MailTemplates Templates => factory.Services.GetRequiredService<MailTemplates>();

    private static readonly DateTimeOffset Expires = new(2026, 12, 17, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_invitation_is_written_in_dutch_with_an_absolute_single_use_link()
    {
        var mail = Templates.Invitation(
            new InvitationMail("Ada Visser", "Amberveen", "Werkatelier Amberveen", "/uitnodiging/abc", Expires, default)
        );

        Assert.Equal("invitation", mail.Template);
        Assert.Equal(MailLanguage.Nl, mail.Language);
        Assert.Equal("Uitnodiging voor het netwerk van Amberveen", mail.Subject);
        Assert.Contains("Beste Ada Visser,", mail.Text);
        Assert.Contains("werkatelier \"Werkatelier Amberveen\"", mail.Text);
        Assert.Contains("https://network.test.example/uitnodiging/abc", mail.Text);
        Assert.Contains("tot en met 17 december 2026", mail.Text);
        Assert.Contains("href=\"https://network.test.example/uitnodiging/abc\"", mail.Html);
        Assert.Contains("<html lang=\"nl\">", mail.Html);
    }

    [Fact]
    public void The_invitation_in_english_says_the_same_in_english()
    {
        var mail = Templates.Invitation(
            new InvitationMail("Ada Visser", "Amberveen", null, "/u/x", Expires, MailLanguage.En)
        );

        Assert.Equal("Invitation to the Amberveen network", mail.Subject);
        Assert.Contains("Dear Ada Visser,", mail.Text);
        Assert.Contains("until 17 December 2026", mail.Text);
        Assert.DoesNotContain("workshop \"", mail.Text);
        Assert.Contains("<html lang=\"en\">", mail.Html);
    }

    [Fact]
    public void Every_reminder_has_a_dutch_and_an_english_text_linking_into_the_web_app()
    {
        foreach (var language in new[] { MailLanguage.Nl, MailLanguage.En })
        {
            var english = language == MailLanguage.En;
            var trust = Templates.TrustExpiry(
                new TrustExpiryMail("Ada", "Bram de Wit", "Amberveen", Expires, "/vertrouwen/opnieuw/1", language)
            );
            var verify = Templates.VerifyEntry(new VerifyEntryMail("Ada", new DateOnly(2026, 1, 5), language));
            var proposal = Templates.ProposalReminder(
                new ProposalReminderMail("Ada", "Bram de Wit", "Amberveen", Expires, language)
            );
            var reminder = Templates.InvitationReminder(
                new InvitationReminderMail("Ada", "Amberveen", null, "/uitnodiging/x", Expires, language)
            );
            var digest = Templates.CoordinatorDigest(
                new CoordinatorDigestMail("Amberveen", new DateOnly(2026, 11, 30), ["Cor Nieuw"], 2, 3, 4, language)
            );

            Assert.Contains(english ? "Reconfirm trust" : "Vertrouwen opnieuw bevestigen", trust.Text);
            Assert.Contains("https://network.test.example/vertrouwen", trust.Text);
            Assert.Contains(english ? "5 January 2026" : "5 januari 2026", verify.Text);
            Assert.Contains("https://network.test.example/mijn-gegevens", verify.Text);
            Assert.Contains(english ? "turn this reminder off" : "herinnering kun je uitzetten", verify.Text);
            Assert.Contains(english ? "is waiting for your answer" : "wacht op je antwoord", proposal.Subject);
            Assert.Contains(english ? "Reminder:" : "Herinnering:", reminder.Subject);
            Assert.Contains("- Cor Nieuw", digest.Text);
            Assert.Contains(english ? "2 trust proposals not answered" : "2 voorstellen voor vertrouwen", digest.Text);
            Assert.Contains("https://network.test.example/netwerk", digest.Text);
        }
    }

    [Fact]
    public void Names_are_html_encoded()
    {
        var mail = Templates.VerifyEntry(new VerifyEntryMail("<b>Ada</b> & co", new DateOnly(2026, 1, 5), default));

        Assert.Contains("&lt;b&gt;Ada&lt;/b&gt; &amp; co", mail.Html);
        Assert.DoesNotContain("<b>Ada</b>", mail.Html);
        Assert.Contains("<b>Ada</b> & co", mail.Text);
    }

    [Theory]
    [InlineData("Werkatelier 111222333")] // passes the BSN eleven-test
    [InlineData("Jan, geboren 3-4-2011")]
    public void A_free_text_that_looks_like_case_data_is_refused_naming_the_field(string text)
    {
        var e = Assert.Throws<ValidationException>(() =>
            Templates.Invitation(new InvitationMail("Ada", "Amberveen", text, "/uitnodiging/x", Expires, default))
        );
        Assert.Equal(["workshopName"], e.Errors.Keys);

        var digest = Assert.Throws<ValidationException>(() =>
            Templates.CoordinatorDigest(
                new CoordinatorDigestMail("Amberveen", default, ["Ok Naam", text], 0, 0, 0, default)
            )
        );
        Assert.Equal(["pendingPeople[1]"], digest.Errors.Keys);
    }

    [Fact]
    public void A_link_path_that_is_not_a_path_in_the_web_app_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Templates.Link("https://elsewhere.example/x"));
        Assert.Throws<ArgumentException>(() => Templates.Link("//elsewhere.example/x"));
        Assert.Equal("https://network.test.example/vertrouwen", Templates.Link("/vertrouwen").AbsoluteUri);
    }
}
