using System.ComponentModel;
using Network.Application.Common;
using Network.Application.Workshops;
using Network.Application.Workshops.Outcomes;

namespace Network.Application.Reports;

[Description("A municipality's workshops over time: themes, how the network grew, and the follow-up still open.")]
public sealed record WorkshopHistoryDto(
    [property: Description("CBS code of the municipality.")] string Municipality,
    [property: Description("Its name.")] string MunicipalityName,
    [property: Description("When this was computed (UTC).")] DateTimeOffset AsOf,
    [property: Description("Each workshop, oldest first, with the network around it.")]
        IReadOnlyList<WorkshopHistoryEntryDto> Workshops,
    [property: Description("Themes across all workshops, most often raised first.")]
        IReadOnlyList<ThemeHistoryDto> Themes,
    [property: Description("Agreements still open, earliest due first.")] IReadOnlyList<OpenActionDto> OpenActions,
    [property: Description("How many of the open agreements are past their due date.")] int OverdueActions
);

[Description("One workshop in the municipality's history, with the network the day before and up to the next one.")]
public sealed record WorkshopHistoryEntryDto(
    [property: References(typeof(WorkshopDto)), Description("Global id of the workshop.")] Guid WorkshopId,
    [property: Description("The title.")] string Title,
    [property: Description("The day it took place.")] DateOnly Date,
    [property: Description("Registered participants.")] int Participants,
    [property: Description("Confirmed trust with this workshop as provenance.")] int TrustFromWorkshop,
    [property: Description("The network the day before it.")] NetworkFiguresDto Before,
    [property: Description("The network the day before the next workshop, or now for the latest.")]
        NetworkFiguresDto After,
    [property: Description("Dilemmas and questions recorded.")] int Dilemmas,
    [property: Description("Evaluations recorded.")] int Evaluations
);

[Description("The size of the trust network at one moment.")]
public sealed record NetworkFiguresDto(
    [property: Description("Active, listed professionals in the network.")] int People,
    [property: Description("Confirmed, unexpired trust relationships.")] int ConfirmedTrust,
    [property: Description("Pairs of domains joined by at least one confirmed trust relationship.")] int DomainsLinked,
    [property: Description("People without any confirmed trust.")] int WithoutTrust
);

[Description("A theme raised at one or more workshops.")]
public sealed record ThemeHistoryDto(
    [property: Description("The theme tag.")] string Theme,
    [property: Description("At how many workshops it came up.")] int Workshops,
    [property: Description("Dilemmas and questions under it.")] int Dilemmas,
    [property: Description("Solutions under it.")] int Solutions,
    [property: Description("Trust needs under it.")] int TrustNeeds,
    [property: Description("The domains that raised it.")] IReadOnlyList<string> Domains,
    [property: Description("The last workshop it came up at.")] DateOnly LastSeen,
    [property: Description("Its dilemmas and questions, latest workshop first.")] IReadOnlyList<string> Examples
);

[Description("An agreement from a workshop that is still open.")]
public sealed record OpenActionDto(
    [property: References(typeof(WorkshopDto)), Description("Global id of the workshop it was made at.")]
        Guid WorkshopId,
    [property: Description("The workshop's title.")] string WorkshopTitle,
    [property: Description("The agreement.")] AgreementDto Agreement
);
