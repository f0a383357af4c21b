using System.Text.RegularExpressions;
using static Network.Api.Web.Lang;

namespace Network.Api.Web;

/// <summary>
/// The application layer's field errors in the web app's language. The API keeps its English messages (clients read
/// them and the codes); a person reads these. Each English message, or its pattern when it carries a value, has a
/// Dutch text; one the web app does not know yet still reads as Dutch ("Deze invoer klopt niet.") and is logged by
/// the test that collects every message the application layer can give (<c>FieldErrorWordsTests</c>).
/// </summary>
public static partial class FieldErrorWords
{
    /// <summary>Every field's messages in the current language.</summary>
    public static IReadOnlyDictionary<string, string[]> Of(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(Of).ToArray(), StringComparer.Ordinal);

    /// <summary>One message in the current language.</summary>
    public static string Of(string message) => IsEnglish ? Sentence(message) : Dutch(message) ?? Unknown;

    public static string Unknown => "Deze invoer klopt niet.";

    /// <summary>A refusal that is not about one field (a conflict), in the current language.</summary>
    public static string Refusal(string message) =>
        IsEnglish ? message : Dutch(message) ?? "Dit kan nu niet; er is niets gewijzigd.";

    /// <summary>The Dutch text of an application-layer message, or null when none is known.</summary>
    public static string? Dutch(string message)
    {
        // A suggestion for a near miss follows the message it completes ("…; did you mean 'X'?").
        var suggestion = DidYouMean().Match(message);
        if (suggestion.Success)
            return Dutch(message[..suggestion.Index]) is { } main
                ? $"{main.TrimEnd('.')}; bedoel je ‘{suggestion.Groups[1].Value}’?"
                : null;
        if (Exact.TryGetValue(message, out var dutch))
            return dutch;
        foreach (var (pattern, write) in Patterns)
            if (pattern.Match(message) is { Success: true } m)
                return write(m.Groups);
        return null;
    }

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..].TrimEnd('.') + ".";

    private static readonly Dictionary<string, string> Exact = new(StringComparer.Ordinal)
    {
        ["is required"] = "Vul dit in.",
        ["must have at least one item"] = "Kies er minstens één.",
        ["must not be null"] = "Hier ontbreekt iets.",
        ["must not contain null"] = "Hier ontbreekt iets.",
        ["must not contain null items"] = "Hier ontbreekt iets.",
        ["must not contain control characters"] = "Hier staan onzichtbare tekens in; typ het opnieuw.",
        ["is not a known channel"] = "Kies een soort contactgegeven uit de lijst.",
        ["is not a known visibility level"] = "Kies uit de lijst wie dit ziet.",
        ["is not a known step of the method"] = "Kies een stap van de werkwijze uit de lijst.",
        ["is not a known confidentiality regime"] = "Kies een beroepsgeheim uit de lijst.",
        ["is not a cursor this API issued"] = "Deze pagina bestaat niet (meer); begin bij de eerste.",
        ["is listed twice"] = "Staat er twee keer in.",
        ["names the same contact point twice"] = "Dit contactgegeven staat er twee keer in.",
        ["unknown professional"] = "Deze persoon bestaat niet of je mag hem of haar niet zien.",
        ["unknown organisation"] = "Deze organisatie bestaat niet of je mag haar niet zien.",
        ["must not be before startDate"] = "Mag niet vóór de begindatum liggen.",
        ["must not be before validFrom"] = "Mag niet vóór de ingangsdatum liggen.",
        ["must be an e-mail address"] = "Vul een e-mailadres in, zoals naam@organisatie.nl.",
        ["must be a phone number"] = "Vul een telefoonnummer in.",
        ["must be a phone number: digits, spaces, +, - and parentheses"] =
            "Vul een telefoonnummer in: cijfers, spaties, +, - en haakjes.",
        ["looks like a citizen service number (BSN), not a phone number; never enter client data"] =
            "Dit lijkt een burgerservicenummer (BSN), geen telefoonnummer. Vul nooit gegevens van cliënten in.",
        ["looks like a citizen service number (BSN); never enter client data"] =
            "Dit lijkt een burgerservicenummer (BSN). Vul nooit gegevens van cliënten in.",
        ["looks like a birth date; never enter client data"] =
            "Dit lijkt een geboortedatum. Vul nooit gegevens van cliënten in.",
        ["must be a CBS code: 'GM' and four digits, e.g. GM0363"] =
            "Vul een CBS-code in: ‘GM’ en vier cijfers, bijvoorbeeld GM0363.",
        ["must be a language tag such as 'nl' or 'ar'"] = "Vul een taalcode in, zoals ‘nl’ of ‘ar’.",
        ["must be a lower-case tag such as 'online-extremism' (at most 60 characters)"] =
            "Gebruik kleine letters, cijfers en streepjes, zoals ‘online-extremisme’ (hooguit 60 tekens).",
        ["must be a lowercase slug such as 'online-extremism'"] =
            "Gebruik kleine letters, cijfers en streepjes, zoals ‘online-extremisme’.",
        ["must be a lowercase slug such as 'youth-doctor' (a-z, 0-9, single hyphens)"] =
            "Gebruik kleine letters, cijfers en enkele streepjes, zoals ‘jeugdarts’.",
        ["must be an active organisation serving this municipality"] =
            "Kies een actieve organisatie die deze gemeente bedient.",
        ["must be an active professional in this municipality's network"] =
            "Kies een actieve professional uit het netwerk van deze gemeente.",
        ["is only for professional steps"] = "Hoort alleen bij een stap met een persoon.",
        ["is only for organisation steps"] = "Hoort alleen bij een stap met een organisatie.",
        ["is not a known municipality code"] = "Deze gemeentecode kennen we niet.",
        ["is not a workshop this person attended"] = "Deze persoon was niet bij dit werkatelier.",
        ["is required for a coordinator"] = "Kies de gemeente die deze coördinator bijhoudt.",
        ["must be absent for an administrator"] = "Een beheerder hoort niet bij één gemeente; laat dit leeg.",
        ["this person's entry has no e-mail address; add one before inviting"] =
            "Deze persoon heeft geen e-mailadres; voeg er eerst een toe.",
        ["is not a change cursor this API issued (take it from GET /export or the last page)"] =
            "Deze wijzigingscursor kennen we niet; begin opnieuw met een export.",
        ["is only for national line and emergency rungs"] = "Hoort alleen bij een landelijke lijn of een noodnummer.",
        ["a covenant binds at least two organisations"] = "Een convenant heeft minstens twee organisaties.",
        ["you can only create organisations in municipalities you coordinate"] =
            "Je kunt alleen organisaties aanmaken in gemeenten die jij coördineert.",
        ["you can only add professionals to municipalities you coordinate"] =
            "Je kunt alleen mensen toevoegen aan gemeenten die jij coördineert.",
        ["you can only record covenants for municipalities you all coordinate"] =
            "Je kunt alleen convenanten vastleggen voor gemeenten die jij allemaal coördineert.",
        ["you can only create workshops in municipalities you coordinate"] =
            "Je kunt alleen werkateliers aanmaken in gemeenten die jij coördineert.",
        ["you can only create routes in municipalities you coordinate"] =
            "Je kunt alleen routes aanmaken in gemeenten die jij coördineert.",
        ["you can only add or remove municipalities you coordinate"] =
            "Je kunt alleen gemeenten toevoegen of weghalen die jij coördineert.",
        ["your login belongs to no municipality network, so there is no routing to give"] =
            "Je hoort bij geen enkel gemeentelijk netwerk, dus er is geen route.",
        ["you do not share a municipality network with this professional"] =
            "Jullie zitten niet in hetzelfde gemeentelijke netwerk.",
        ["you cannot propose trust to yourself"] = "Je kunt jezelf geen vertrouwen voorstellen.",
        ["is you; trust is between two people"] = "Dat ben jij; vertrouwen is tussen twee mensen.",
        ["unknown workshop, or you did not both take part in it"] =
            "Onbekend werkatelier, of jullie deden er niet allebei aan mee.",
        ["is not a participant of this workshop"] = "Is geen deelnemer van dit werkatelier.",
        ["is not a participant of this workshop visible to you"] = "Is geen deelnemer van dit werkatelier.",
        ["is not an active professional of the workshop's municipality"] =
            "Kies een actieve professional uit de gemeente van het werkatelier.",
        ["is not an organisation serving the workshop's municipality"] =
            "Kies een organisatie die de gemeente van het werkatelier bedient.",
        ["is not one of this entry's contact points; leave id out for a new one"] =
            "Dit contactgegeven hoort niet bij deze persoon.",
        ["is not one of your contact points"] = "Dit is niet een van jouw contactgegevens.",
        ["give at least one score or a comment"] = "Geef minstens één cijfer of een opmerking.",
        ["name must give first and last name"] = "Geef bij de naam een voor- en een achternaam.",
        ["name must be at most 200 characters"] = "De naam is langer dan 200 tekens.",
        ["name: first and last name must each be at most 100 characters"] =
            "Voor- en achternaam mogen elk hooguit 100 tekens zijn.",
        // Refusals that are not about one field (409 in the API).
        ["You already submitted your evaluation of this workshop."] = "Je hebt dit werkatelier al beoordeeld.",
        ["The workshop was changed at the same time; fetch it again and retry."] =
            "Het werkatelier is tegelijk door iemand anders gewijzigd; probeer het opnieuw.",
        ["This trust relationship is already revoked."] = "Dit vertrouwen is al ingetrokken.",
        ["Trust is proposed after the workshop, once the participants have met; it has not taken place yet."] =
            "Vertrouwen stel je voor na het werkatelier, als de deelnemers elkaar ontmoet hebben; het is nog niet geweest.",
        ["Only confirmed (or expired) trust can be reconfirmed; propose trust again instead."] =
            "Alleen bevestigd (of verlopen) vertrouwen kun je opnieuw bevestigen; stel het anders opnieuw voor.",
        [
            "There is already a proposed or confirmed trust relationship between you; confirm, reconfirm or revoke that one."
        ] = "Er is al een voorstel of bevestigd vertrouwen tussen jullie; bevestig of trek dat in.",
    };

    private static string Column(string column) =>
        column switch
        {
            "name" => "naam",
            "email" => "e-mail",
            "organisation" => "organisatie",
            "profession" => "beroep",
            _ => column,
        };

    private static string What(string what) =>
        what switch
        {
            "domain" => "Onbekend domein",
            "profession" => "Onbekend beroep",
            "municipality" => "Onbekende gemeente",
            "concern type" => "Onbekende soort zorg",
            _ => "Onbekend: " + what,
        };

    private static readonly (Regex Pattern, Func<GroupCollection, string> Write)[] Patterns =
    [
        (new(@"^Municipality (\S+) already has a route for '(.*)'; replace its steps instead\.$"), _ =>
            "Voor deze soort zorg is er in deze gemeente al een route; pas die aan."
        ),
        (new(@"^A (domain|profession|concern type) with id '(.*)' already exists\.$"), g =>
            $"Er is al een {(g[1].Value == "domain" ? "domein" : g[1].Value == "profession" ? "beroep" : "soort zorg")} met de code ‘{g[2].Value}’."
        ),
        (new(@"^A municipality with code (\S+) already exists\.$"), g =>
            $"Er is al een gemeente met de code {g[1].Value}."
        ),
        (new(@"^A workshop holds at most (\d+) outcome items\.$"), g =>
            $"Een werkatelier heeft hooguit {g[1].Value} opbrengsten."
        ),
        (
            new(@"^A workshop holds one evaluation per registered participant: (\d+), of which (\d+) are recorded\.$"),
            g =>
                $"Een werkatelier heeft hooguit één evaluatie per deelnemer: {g[1].Value}, waarvan er {g[2].Value} zijn vastgelegd."
        ),
        (new(@"^The workshop has (\d+) seats and (\d+) are free; (\d+) more participant\(s\) do not fit\.$"), g =>
            $"Het werkatelier heeft {g[1].Value} plaatsen, waarvan {g[2].Value} vrij; {g[3].Value} deelnemer(s) erbij past niet."
        ),
        (new(@"^Only a proposed trust relationship can be confirmed; this one is (\w+)\.$"), _ =>
            "Alleen een voorstel kun je bevestigen; dit vertrouwen is dat niet meer."
        ),
        (new(@"^must be at most (\d+) characters$"), g => $"Hooguit {g[1].Value} tekens."),
        (new(@"^must have at most (\d+) items$"), g => $"Hooguit {g[1].Value}."),
        (new(@"^must be between (\d+) and (\d+)$"), g => $"Kies een getal van {g[1].Value} tot en met {g[2].Value}."),
        (new(@"^must be at least the (\d+) participants already registered$"), g =>
            $"Minstens {g[1].Value}: zoveel deelnemers zijn er al."
        ),
        (new(@"^'(.*)' is not a scope of this API$"), g => $"‘{g[1].Value}’ is geen bevoegdheid van deze API."),
        (new(@"^unknown organisation (.+)$"), _ => "Deze organisatie bestaat niet of je mag haar niet zien."),
        (new(@"^unknown (.+?) '(.*)'$"), g => $"{What(g[1].Value)}: ‘{g[2].Value}’."),
        (new(@"^is not a known domain; use one of: (.*)$"), g => $"Onbekend domein; kies uit: {g[1].Value}."),
        (new(@"^is not a known concern type; use one of: (.*)$"), g =>
            $"Onbekende soort zorg; kies uit: {g[1].Value}."
        ),
        (new(@"^you ask within your own municipality networks: (.*)$"), g =>
            $"Je vraagt binnen je eigen gemeentelijke netwerken: {g[1].Value}."
        ),
        (new(@"^you belong to several municipality networks; choose one: (.*)$"), g =>
            $"Je hoort bij meer gemeentelijke netwerken; kies er een: {g[1].Value}."
        ),
        (new(@"^no active professional of (\S+) with that id is visible to you$"), g =>
            $"Er is geen actieve professional van {g[1].Value} die jij mag zien."
        ),
        (new(@"^(name|email|organisation|profession) is required$"), g => $"De kolom {Column(g[1].Value)} is leeg."),
        (new(@"^(name|email|organisation|profession) must be at most (\d+) characters$"), g =>
            $"De kolom {Column(g[1].Value)} is langer dan {g[2].Value} tekens."
        ),
        (new(@"^(name|email|organisation|profession) must not contain control characters$"), g =>
            $"In de kolom {Column(g[1].Value)} staan onzichtbare tekens."
        ),
        (new(@"^email '(.*)' is not an e-mail address$"), g => $"‘{g[1].Value}’ is geen e-mailadres."),
        (new(@"^is the same person as line (\d+)$"), g => $"Is dezelfde persoon als regel {g[1].Value}."),
        (new(@"^name '(.*)' matches a deactivated professional; reactivate them first$"), g =>
            $"‘{g[1].Value}’ is gedeactiveerd; heractiveer deze persoon eerst."
        ),
        (new(@"^email '(.*)' belongs to (\d+) professionals; ask a coordinator to fix the duplicates$"), g =>
            $"‘{g[1].Value}’ hoort bij {g[2].Value} mensen; laat een coördinator de dubbele opruimen."
        ),
        (new(@"^name '(.*)' matches (\d+) professionals; give their work e-mail address to tell them apart$"), g =>
            $"Er zijn {g[2].Value} mensen met de naam ‘{g[1].Value}’; geef hun e-mailadres van het werk erbij."
        ),
        (new(@"^organisation '(.*)' is unknown in (.+)$"), g =>
            $"Organisatie ‘{g[1].Value}’ is onbekend in {g[2].Value}."
        ),
        (new(@"^organisation '(.*)' matches (\d+) organisations in (.+); ask a coordinator to tell them apart$"), g =>
            $"‘{g[1].Value}’ past bij {g[2].Value} organisaties in {g[3].Value}; laat een coördinator ze onderscheiden."
        ),
        (new(@"^profession '(.*)' is unknown$"), g => $"Beroep ‘{g[1].Value}’ is onbekend."),
        (new(@"^has (\d+) fields; the header has (\d+)$"), g =>
            $"Heeft {g[1].Value} kolommen; de kopregel heeft er {g[2].Value}."
        ),
        (new(@"^has an unterminated quoted field starting on line (\d+)$"), g =>
            $"Een aanhalingsteken op regel {g[1].Value} wordt niet gesloten."
        ),
        (
            new(
                @"^line (\d+): the header row must name the columns name, email, organisation and profession \(missing: (.*)\)$"
            ),
            g =>
                $"De kopregel (regel {g[1].Value}) moet de kolommen naam, e-mail, organisatie en beroep noemen (ontbreekt: {g[2].Value})."
        ),
        (new(@"^(.+): '(.*)' is not a whole number 1 to 5$"), g =>
            $"{g[1].Value}: ‘{g[2].Value}’ is geen heel getal van 1 tot en met 5."
        ),
        (new(@"^(?:(.+): )?must be between (\d+) and (\d+)$"), g =>
            $"{(g[1].Success ? g[1].Value + ": " : "")}kies een getal van {g[2].Value} tot en met {g[3].Value}."
        ),
    ];

    [GeneratedRegex(@"; did you mean '(.*)'\?$")]
    private static partial Regex DidYouMean();
}
