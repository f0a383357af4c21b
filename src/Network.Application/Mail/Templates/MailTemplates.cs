using Microsoft.Extensions.Options;

namespace Network.Application.Mail.Templates;

/// <summary>
/// Every e-mail the service sends, Dutch first and English second, from typed models. Links are absolute from
/// <c>Mail:PublicBaseUrl</c>. A free text that looks like case data is refused with a
/// <see cref="Common.ValidationException"/> naming the field, before anything is queued.
/// </summary>
public sealed class MailTemplates(IOptions<MailOptions> options)
{
    public const string TrustPage = "/vertrouwen";
    public const string MyEntryPage = "/mijn-gegevens";
    public const string NetworkPage = "/netwerk";

    public RenderedMail Invitation(InvitationMail m)
    {
        MailWriter.Guard(
            ("recipientName", m.RecipientName),
            ("municipalityName", m.MunicipalityName),
            ("workshopName", m.WorkshopName)
        );
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T($"Beste {m.RecipientName},", $"Dear {m.RecipientName},"));
        w.Paragraph(
            m.WorkshopName is { } workshop
                ? w.T(
                    $"Je hebt meegedaan aan het werkatelier \"{workshop}\". Daarom nodigt de gemeente "
                        + $"{m.MunicipalityName} je uit voor Network: het overzicht van wie je kunt bellen als je je "
                        + "zorgen maakt over een jongere, en wat je met wie mag delen.",
                    $"You took part in the workshop \"{workshop}\". That is why the municipality of "
                        + $"{m.MunicipalityName} invites you to Network: the overview of whom to call when you worry "
                        + "about a young person, and what you may share with whom."
                )
                : w.T(
                    $"De gemeente {m.MunicipalityName} nodigt je uit voor Network: het overzicht van wie je kunt "
                        + "bellen als je je zorgen maakt over een jongere, en wat je met wie mag delen.",
                    $"The municipality of {m.MunicipalityName} invites you to Network: the overview of whom to call "
                        + "when you worry about a young person, and what you may share with whom."
                )
        );
        w.Paragraph(
            w.T(
                "Meld je aan, kijk je gegevens na en kies of je zichtbaar wilt zijn voor je collega's. Daarna kun je "
                    + "het vertrouwen bevestigen dat jullie in het werkatelier hebben afgesproken.",
                "Sign in, check your details and choose whether you want to be visible to your colleagues. Then you "
                    + "can confirm the trust you agreed on at the workshop."
            )
        );
        w.Link(w.T("Uitnodiging openen", "Open the invitation"), Link(m.LinkPath));
        w.Paragraph(
            w.T(
                $"De link werkt één keer en tot en met {w.Date(m.ExpiresAt)}.",
                $"The link works once, until {w.Date(m.ExpiresAt)}."
            )
        );
        w.Small(NotAboutClients(w));
        return w.Render(
            "invitation",
            w.T(
                $"Uitnodiging voor het netwerk van {m.MunicipalityName}",
                $"Invitation to the {m.MunicipalityName} network"
            )
        );
    }

    public RenderedMail InvitationReminder(InvitationReminderMail m)
    {
        MailWriter.Guard(
            ("recipientName", m.RecipientName),
            ("municipalityName", m.MunicipalityName),
            ("workshopName", m.WorkshopName)
        );
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T($"Beste {m.RecipientName},", $"Dear {m.RecipientName},"));
        w.Paragraph(
            w.T(
                $"Je bent uitgenodigd voor het netwerk van {m.MunicipalityName}"
                    + (m.WorkshopName is { } nl ? $", na het werkatelier \"{nl}\"" : "")
                    + ", maar je hebt de uitnodiging nog niet geopend. Zolang je dat niet doet, kunnen je collega's "
                    + "je niet vinden.",
                $"You were invited to the {m.MunicipalityName} network"
                    + (m.WorkshopName is { } en ? $", after the workshop \"{en}\"" : "")
                    + ", but you have not opened the invitation yet. Until you do, your colleagues cannot find you."
            )
        );
        w.Link(w.T("Uitnodiging openen", "Open the invitation"), Link(m.LinkPath));
        w.Paragraph(
            w.T($"De link werkt tot en met {w.Date(m.ExpiresAt)}.", $"The link works until {w.Date(m.ExpiresAt)}.")
        );
        w.Small(NotAboutClients(w));
        return w.Render(
            "invitation-reminder",
            w.T(
                $"Herinnering: je uitnodiging voor het netwerk van {m.MunicipalityName}",
                $"Reminder: your invitation to the {m.MunicipalityName} network"
            )
        );
    }

    public RenderedMail TrustExpiry(TrustExpiryMail m)
    {
        MailWriter.Guard(
            ("recipientName", m.RecipientName),
            ("otherName", m.OtherName),
            ("municipalityName", m.MunicipalityName)
        );
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T($"Beste {m.RecipientName},", $"Dear {m.RecipientName},"));
        w.Paragraph(
            w.T(
                $"Het vertrouwen tussen jou en {m.OtherName} in het netwerk van {m.MunicipalityName} verloopt op "
                    + $"{w.Date(m.ExpiresAt)}. Daarna ziet {m.OtherName} je gegevens voor vertrouwde contacten niet "
                    + "meer, en jij die van hen ook niet.",
                $"The trust between you and {m.OtherName} in the {m.MunicipalityName} network expires on "
                    + $"{w.Date(m.ExpiresAt)}. After that, {m.OtherName} no longer sees your details for trusted "
                    + "contacts, nor you theirs."
            )
        );
        w.Paragraph(
            w.T(
                "Werken jullie nog steeds samen? Bevestig het met één klik op de pagina Vertrouwen.",
                "Still working together? Reconfirm it with one click on the Trust page."
            )
        );
        w.Link(w.T("Vertrouwen opnieuw bevestigen", "Reconfirm trust"), Link(m.ReconfirmPath));
        w.Small(NotAboutClients(w));
        return w.Render(
            "trust-expiry",
            w.T(
                $"Je vertrouwen met {m.OtherName} verloopt op {w.Date(m.ExpiresAt)}",
                $"Your trust with {m.OtherName} expires on {w.Date(m.ExpiresAt)}"
            )
        );
    }

    public RenderedMail VerifyEntry(VerifyEntryMail m)
    {
        MailWriter.Guard(("recipientName", m.RecipientName));
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T($"Beste {m.RecipientName},", $"Dear {m.RecipientName},"));
        w.Paragraph(
            w.T(
                $"Je hebt je gegevens in Network voor het laatst nagekeken op {w.Date(m.LastVerifiedOn)}. Klopt alles "
                    + "nog: je organisatie, je functie, je telefoonnummers? Collega's bellen je op wat daar staat.",
                $"You last checked your details in Network on {w.Date(m.LastVerifiedOn)}. Is everything still right: "
                    + "your organisation, your role, your phone numbers? Colleagues call you on what it says."
            )
        );
        w.Link(w.T("Mijn gegevens nakijken", "Check my details"), Link(MyEntryPage));
        w.Small(OptionalFooter(w));
        return w.Render("verify-entry", w.T("Kloppen je gegevens nog?", "Are your details still right?"));
    }

    public RenderedMail ProposalReminder(ProposalReminderMail m)
    {
        MailWriter.Guard(
            ("recipientName", m.RecipientName),
            ("proposerName", m.ProposerName),
            ("municipalityName", m.MunicipalityName)
        );
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T($"Beste {m.RecipientName},", $"Dear {m.RecipientName},"));
        w.Paragraph(
            w.T(
                $"{m.ProposerName} heeft je op {w.Date(m.ProposedAt)} voorgesteld om elkaar te vertrouwen in het "
                    + $"netwerk van {m.MunicipalityName}. Je hebt nog niet geantwoord.",
                $"On {w.Date(m.ProposedAt)}, {m.ProposerName} proposed that you trust each other in the "
                    + $"{m.MunicipalityName} network. You have not answered yet."
            )
        );
        w.Link(w.T("Voorstel bekijken", "See the proposal"), Link(TrustPage));
        w.Small(OptionalFooter(w));
        return w.Render(
            "trust-proposal-reminder",
            w.T($"{m.ProposerName} wacht op je antwoord", $"{m.ProposerName} is waiting for your answer")
        );
    }

    public RenderedMail CoordinatorDigest(CoordinatorDigestMail m)
    {
        MailWriter.Guard([
            ("municipalityName", m.MunicipalityName),
            .. m.PendingPeople.Select((name, i) => ($"pendingPeople[{i}]", (string?)name)),
        ]);
        var w = new MailWriter(m.Language);
        w.Paragraph(w.T("Beste coördinator,", "Dear coordinator,"));
        w.Paragraph(
            w.T(
                $"Dit is het weekoverzicht van het netwerk van {m.MunicipalityName} (week van {w.Date(m.WeekOf)}).",
                $"This is the weekly overview of the {m.MunicipalityName} network (week of {w.Date(m.WeekOf)})."
            )
        );
        w.List(
            w.T("Wat aandacht vraagt:", "What needs attention:"),
            [
                w.T(
                    $"{m.PendingPeople.Count} {(m.PendingPeople.Count == 1 ? "persoon staat" : "mensen staan")} "
                        + "nog niet in het netwerk (uitgenodigd of toegevoegd, nog niet akkoord)",
                    $"{m.PendingPeople.Count} {(m.PendingPeople.Count == 1 ? "person is" : "people are")} not listed "
                        + "yet (invited or added, not accepted)"
                ),
                w.T(
                    $"{m.OpenProposals} {(m.OpenProposals == 1 ? "voorstel" : "voorstellen")} voor vertrouwen "
                        + "zonder antwoord",
                    $"{m.OpenProposals} trust {(m.OpenProposals == 1 ? "proposal" : "proposals")} not answered"
                ),
                w.T(
                    $"{m.TrustExpiringSoon} vertrouwensrelaties verlopen binnen 30 dagen",
                    $"{m.TrustExpiringSoon} trust relationships expire within 30 days"
                ),
                w.T(
                    $"{m.NotVerifiedForLong} mensen hebben hun gegevens al lang niet nagekeken",
                    $"{m.NotVerifiedForLong} people have not checked their details for a long time"
                ),
            ]
        );
        w.List(w.T("Nog niet in het netwerk:", "Not listed yet:"), m.PendingPeople);
        w.Link(w.T("Naar het netwerk", "Go to the network"), Link(NetworkPage));
        w.Small(NotAboutClients(w));
        return w.Render(
            "coordinator-digest",
            w.T($"Weekoverzicht netwerk {m.MunicipalityName}", $"Weekly overview: {m.MunicipalityName} network")
        );
    }

    /// <summary>An absolute link into the web app for <paramref name="path"/> (which starts with "/").</summary>
    public Uri Link(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
            throw new ArgumentException("A link path starts with a single '/'.", nameof(path));
        var root = options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Mail:PublicBaseUrl is not set.");
        return new Uri(new Uri(root.TrimEnd('/') + "/"), path.TrimStart('/'));
    }

    private static string NotAboutClients(MailWriter w) =>
        w.T(
            "Network bevat alleen gegevens over professionals, nooit over jongeren of cliënten. "
                + "Beantwoord deze e-mail niet met gegevens over een casus.",
            "Network holds data about professionals only, never about young people or clients. "
                + "Do not reply to this e-mail with details of a case."
        );

    private string OptionalFooter(MailWriter w) =>
        NotAboutClients(w)
        + w.T(
            $" Deze herinnering kun je uitzetten op {Link(MyEntryPage).AbsoluteUri}.",
            $" You can turn this reminder off at {Link(MyEntryPage).AbsoluteUri}."
        );
}
