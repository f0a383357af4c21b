using Network.Application.ContactLookup;
using Network.Domain.Catalogues;
using Network.Domain.Contacts;
using Network.Domain.EscalationRoutes;
using Network.Domain.Trust;
using static Network.Api.Web.Lang;

namespace Network.Api.Web;

/// <summary>
/// The directory's codes in words a teacher understands, each legal statement with its source. Information, not
/// legal advice: the pages say so wherever these are shown.
/// </summary>
public static class Words
{
    public sealed record Regime(string Title, string Meaning, string Source);

    public static Regime Of(ConfidentialityRegime regime) =>
        regime switch
        {
            ConfidentialityRegime.MedicalSecrecy => new(
                T("Medisch beroepsgeheim", "Medical professional secrecy"),
                T(
                    "Deze persoon mag zonder toestemming niets doorvertellen over wie hij of zij behandelt, ook niet aan jou.",
                    "This person may not pass on anything about whom they treat without consent, not even to you."
                ),
                "Wet BIG art. 88, WGBO art. 7:457 BW"
            ),
            ConfidentialityRegime.YouthCareSecrecy => new(
                T("Beroepsgeheim jeugdhulp", "Youth care secrecy"),
                T(
                    "Jeugdhulpverleners hebben een geheimhoudingsplicht; delen mag met toestemming of bij een conflict van plichten.",
                    "Youth care workers must keep secrets; sharing needs consent or a conflict of duties."
                ),
                "Jeugdwet art. 7.3.11"
            ),
            ConfidentialityRegime.ProfessionalCode => new(
                T("Beroepscode", "Professional code"),
                T(
                    "De beroepscode vraagt geheimhouding; delen mag met toestemming of na zorgvuldige afweging.",
                    "The professional code asks for secrecy; sharing needs consent or careful weighing."
                ),
                T("de beroepscode van het beroep", "the profession's code")
            ),
            ConfidentialityRegime.PoliceData => new(
                T("Politiegegevens", "Police data"),
                T(
                    "De politie deelt gegevens alleen volgens de Wet politiegegevens; jij kunt wel altijd een zorg melden.",
                    "The police share data only under the Police Data Act; you can always raise a concern."
                ),
                "Wet politiegegevens"
            ),
            ConfidentialityRegime.OfficialSecrecy => new(
                T("Ambtsgeheim", "Official secrecy"),
                T(
                    "Ambtenaren houden geheim wat zij in hun werk vertrouwelijk horen.",
                    "Officials keep confidential what they learn in confidence at work."
                ),
                "Ambtenarenwet art. 125a"
            ),
            _ => new(
                T("Geen beroepsgeheim, wel privacyregels", "No professional secrecy, but privacy law"),
                T(
                    "Voor persoonsgegevens geldt de AVG: deel alleen wat nodig is, met een grondslag.",
                    "Personal data fall under the GDPR: share only what is needed, on a legal ground."
                ),
                "AVG art. 6"
            ),
        };

    public static string Of(MethodStep step) =>
        step switch
        {
            MethodStep.AnonymousConsultation => T("Anoniem overleggen", "Consult anonymously"),
            MethodStep.SharingPersonalData => T("Gegevens delen", "Share personal data"),
            _ => T("Acuut gevaar", "Acute danger"),
        };

    public static string Explain(MethodStep step) =>
        step switch
        {
            MethodStep.AnonymousConsultation => T(
                "Je bespreekt je zorg zonder namen of details waaraan iemand te herkennen is. Dat mag altijd, met iedereen.",
                "You discuss your concern without names or details that identify anyone. That is always allowed."
            ),
            MethodStep.SharingPersonalData => T(
                "Je deelt wie het betreft. Daarvoor is een grondslag nodig: toestemming, een convenant, een wettelijke plicht of een conflict van plichten.",
                "You share who it is about. That needs a legal ground: consent, a covenant, a legal duty or a conflict of duties."
            ),
            _ => T(
                "Er is direct gevaar. Bel 112; je mag dan delen wat nodig is om het gevaar af te wenden.",
                "There is immediate danger. Call 112; you may share what is needed to avert it."
            ),
        };

    /// <summary>A rung's kind as a coordinator picks it.</summary>
    public static string Of(RouteStepKind kind) =>
        kind switch
        {
            RouteStepKind.OwnDesignatedOfficer => T(
                "Aandachtsfunctionaris van de eigen organisatie",
                "The asker's own designated officer"
            ),
            RouteStepKind.Professional => T("Een vaste contactpersoon", "A named contact"),
            RouteStepKind.Organisation => T("Een organisatie", "An organisation"),
            RouteStepKind.NationalLine => T("Een landelijke lijn", "A national line"),
            _ => T("Noodnummer (112)", "Emergency number (112)"),
        };

    /// <summary>Whom a rung names, as far as the viewer may see: the route service leaves out names they may not.</summary>
    public static string Rung(Network.Application.EscalationRoutes.RouteStepDto rung) =>
        rung.Kind switch
        {
            RouteStepKind.Professional => rung.ProfessionalName
                ?? T("Iemand die je niet kunt zien", "Someone you cannot see"),
            RouteStepKind.Organisation => rung.OrganisationName
                ?? T("Een organisatie die je niet kunt zien", "An organisation you cannot see"),
            RouteStepKind.NationalLine or RouteStepKind.Emergency => rung.LineName ?? Of(rung.Kind),
            _ => Of(rung.Kind),
        };

    /// <summary>What a rung of that kind means for whoever follows the ladder.</summary>
    public static string Explain(RouteStepKind kind) =>
        kind switch
        {
            RouteStepKind.OwnDesignatedOfficer => T(
                "Wie de route volgt, ziet hier de aandachtsfunctionaris van zijn of haar eigen organisatie.",
                "Whoever follows the route sees their own organisation's designated officer here."
            ),
            RouteStepKind.Professional => T("Kies de persoon uit het netwerk.", "Pick the person from the network."),
            RouteStepKind.Organisation => T(
                "Kies de organisatie; wie de route volgt, ziet haar openbare contactgegevens.",
                "Pick the organisation; whoever follows the route sees its public contact details."
            ),
            RouteStepKind.NationalLine => T(
                "Vul de naam en het telefoonnummer van de lijn in.",
                "Fill in the line's name and phone number."
            ),
            _ => T(
                "Vul de naam en het nummer in, meestal Politie 112.",
                "Fill in the name and number, usually Police 112."
            ),
        };

    /// <summary>What may be shared with a suggested contact at the chosen step, made concrete.</summary>
    public static IEnumerable<string> MayShare(LookupContact c, MethodStep? step)
    {
        if (step is MethodStep.Emergency)
        {
            yield return T(
                "Bij acuut gevaar bel je eerst 112. Daarna mag je delen wat nodig is om het gevaar af te wenden.",
                "In acute danger call 112 first. Then you may share what is needed to avert the danger."
            );
            yield break;
        }
        if (c.OffersAnonymousConsultation)
            yield return T("Deze persoon biedt anoniem overleg aan.", "This person offers anonymous consultation.");
        if (step is MethodStep.SharingPersonalData)
        {
            if (c.SharedCovenants.Count == 0)
            {
                yield return T(
                    "Jouw organisatie heeft geen convenant met die van hen: overleg anoniem, zonder namen. Gegevens delen kan alleen met toestemming, een wettelijke plicht of bij een conflict van plichten.",
                    "Your organisation has not signed a covenant with theirs: consult anonymously, without names. Sharing needs consent, a legal duty or a conflict of duties."
                );
            }
            foreach (var covenant in c.SharedCovenants)
            {
                yield return T(
                    $"Jullie organisaties tekenden het convenant ‘{covenant.Title}’: gegevens delen kan daarbinnen, alleen wat nodig is.",
                    $"Your organisations signed the covenant ‘{covenant.Title}’: sharing is possible within it, only what is needed."
                );
            }
        }
        else
        {
            yield return T(
                "Overleg anoniem: zonder naam, adres, school of andere details waaraan iemand te herkennen is.",
                "Consult anonymously: no name, address, school or other details that identify anyone."
            );
        }
    }

    /// <summary>Why a contact was suggested, from the trust path and the matching expertise.</summary>
    public static string Why(LookupContact c)
    {
        var expertise = c.MatchedExpertise.Count > 0 ? Expertise(c.MatchedExpertise) : null;
        var trust = c.TrustPath switch
        {
            [var hop] => T(
                $"Jullie vertrouwen elkaar (bevestigd op {Date(hop.ConfirmedOn)}{Where(hop)}).",
                $"You trust each other (confirmed on {Date(hop.ConfirmedOn)}{Where(hop)})."
            ),
            [var first, ..] => T(
                $"Via {first.Name}, die jij vertrouwt ({c.TrustPath.Count} stappen).",
                $"Through {first.Name}, whom you trust ({c.TrustPath.Count} steps)."
            ),
            _ => T("Nog geen vertrouwensrelatie.", "No trust relationship yet."),
        };
        return expertise is null ? trust : $"{trust} {T("Expertise", "Expertise")}: {expertise}.";
    }

    private static string Where(LookupTrustHop hop) =>
        hop.WorkshopTitle is null
            ? ""
            : T($", bij werkatelier ‘{hop.WorkshopTitle}’", $", at workshop ‘{hop.WorkshopTitle}’");

    public static string Of(ContactChannel channel) =>
        channel switch
        {
            ContactChannel.WorkPhone => T("Telefoon werk", "Work phone"),
            ContactChannel.Mobile => T("Mobiel", "Mobile"),
            ContactChannel.Email => T("E-mail", "E-mail"),
            ContactChannel.SecureMail => T("Beveiligde mail", "Secure mail"),
            _ => T("Website", "Website"),
        };

    /// <summary>The link that calls, mails or opens a contact point with one tap.</summary>
    public static string Href(ContactChannel channel, string value) =>
        channel switch
        {
            ContactChannel.WorkPhone or ContactChannel.Mobile => "tel:"
                + new string([.. value.Where(ch => char.IsDigit(ch) || ch == '+')]),
            ContactChannel.Email or ContactChannel.SecureMail => "mailto:" + value,
            _ => value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? value : "https://" + value,
        };

    /// <summary>Who sees a contact point at this visibility level ("wie ziet dit").</summary>
    public static string WhoSees(VisibilityLevel level) =>
        level switch
        {
            VisibilityLevel.Public => T(
                "Iedereen die jou in de gids mag zien, ook systemen van de gemeente.",
                "Anyone who may see you in the directory, including the municipality's systems."
            ),
            VisibilityLevel.Network => T(
                "Professionals in het netwerk van jouw gemeente(n).",
                "Professionals in your municipality's network."
            ),
            VisibilityLevel.Trusted => T(
                "Alleen wie een bevestigde vertrouwensrelatie met jou heeft, en de netwerkcoördinatoren.",
                "Only people with confirmed trust with you, and the network coordinators."
            ),
            VisibilityLevel.Coordinators => T(
                "Alleen de netwerkcoördinatoren van jouw gemeente(n).",
                "Only your municipality's network coordinators."
            ),
            _ => T("Alleen jijzelf.", "Only you."),
        };

    public static string Of(VisibilityLevel level) =>
        level switch
        {
            VisibilityLevel.Public => T("Openbaar", "Public"),
            VisibilityLevel.Network => T("Netwerk", "Network"),
            VisibilityLevel.Trusted => T("Vertrouwd", "Trusted"),
            VisibilityLevel.Coordinators => T("Coördinatoren", "Coordinators"),
            _ => T("Alleen ik", "Only me"),
        };

    public static string Of(TrustStatus status) =>
        status switch
        {
            TrustStatus.Proposed => T("Voorgesteld", "Proposed"),
            TrustStatus.Confirmed => T("Bevestigd", "Confirmed"),
            TrustStatus.Revoked => T("Ingetrokken", "Revoked"),
            _ => T("Verlopen", "Expired"),
        };

    public static string Role(string role) =>
        role switch
        {
            "professional" => T("professional", "professional"),
            "coordinator" => T("netwerkcoördinator", "network coordinator"),
            "admin" => T("beheerder", "administrator"),
            "system" => T("systeem van de gemeente", "municipal system"),
            _ => role,
        };

    /// <summary>The kinds of organisation the demo network and most municipalities use, in the order offered.</summary>
    public static IReadOnlyList<string> OrganisationKinds { get; } =
    [
        "school",
        "ggd",
        "youth-care",
        "ggz",
        "police",
        "veiligheidshuis",
        "veilig-thuis",
        "youth-work",
        "social-team",
        "municipality",
        "attendance-office",
        "other",
    ];

    /// <summary>An organisation's kind (a free label in the API) in words; an unknown label as it is.</summary>
    public static string OrganisationKind(string kind) =>
        kind switch
        {
            "school" => T("School", "School"),
            "ggd" => T("GGD (publieke gezondheid)", "GGD (public health service)"),
            "youth-care" => T("Jeugdhulp", "Youth care"),
            "ggz" => T("GGZ (geestelijke gezondheidszorg)", "GGZ (mental health care)"),
            "police" => T("Politie", "Police"),
            "veiligheidshuis" => T("Zorg- en Veiligheidshuis", "Safety house (Zorg- en Veiligheidshuis)"),
            "veilig-thuis" => T("Veilig Thuis", "Veilig Thuis (domestic violence and child abuse)"),
            "youth-work" => T("Jongerenwerk", "Youth work"),
            "social-team" => T("Sociaal wijkteam", "Local social team"),
            "municipality" => T("Gemeente", "Municipality"),
            "attendance-office" => T("Leerplicht", "School attendance office"),
            "other" => T("Anders", "Other"),
            _ => kind,
        };

    private static readonly Dictionary<string, (string Nl, string En)> ExpertiseWords = new(StringComparer.Ordinal)
    {
        ["radicalisation"] = ("radicalisering", "radicalisation"),
        ["polarisation"] = ("polarisatie", "polarisation"),
        ["online-extremism"] = ("online extremisme", "online extremism"),
        ["extremism"] = ("extremisme", "extremism"),
        ["domestic-violence"] = ("huiselijk geweld", "domestic violence"),
        ["mental-health"] = ("psychische problemen", "mental health"),
        ["child-protection"] = ("kinderbescherming", "child protection"),
    };

    /// <summary>An expertise tag (a slug in the API) in words; an unknown tag reads with spaces for its hyphens.</summary>
    public static string Expertise(string tag) =>
        ExpertiseWords.TryGetValue(tag, out var w) ? T(w.Nl, w.En) : tag.Replace('-', ' ');

    /// <summary>The tag for what a person typed: a tag itself, or its Dutch or English words ("huiselijk geweld").</summary>
    public static string ExpertiseTag(string typed)
    {
        var words = typed.Trim().ToLowerInvariant();
        foreach (var (tag, (nl, en)) in ExpertiseWords)
            if (words == nl || words == en)
                return tag;
        return words.Replace(' ', '-');
    }

    public static string Expertise(IEnumerable<string> tags) => string.Join(", ", tags.Select(Expertise));
}
