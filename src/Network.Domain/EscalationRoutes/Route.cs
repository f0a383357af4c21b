using System.ComponentModel;

namespace Network.Domain.EscalationRoutes;

/// <summary>The escalation ladder (aanspreekpunten) for one concern type in one municipality.</summary>
public sealed class Route
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string MunicipalityCode { get; init; }
    public required string ConcernTypeId { get; init; }
    public List<RouteStep> Steps { get; set; } = [];
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One rung of the ladder: a professional, an organisation, a national line, or the asker's own designated officer.</summary>
public sealed class RouteStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RouteId { get; init; }
    public int Order { get; set; }
    public RouteStepKind Kind { get; set; }
    public Guid? ProfessionalId { get; set; }
    public Guid? OrganisationId { get; set; }

    /// <summary>For national lines and emergency: name and number.</summary>
    public string? LineName { get; set; }
    public string? LinePhone { get; set; }
    public bool OffersAnonymousConsultation { get; set; }

    /// <summary>Which step of the method this rung fits.</summary>
    public MethodStep MethodStep { get; set; }
    public string? Note { get; set; }
}

[Description("What kind of contact a rung is.")]
public enum RouteStepKind
{
    [Description("The asker's own organisation's designated officer, resolved at lookup time.")]
    OwnDesignatedOfficer,

    [Description("A named professional.")]
    Professional,

    [Description("An organisation (its public contact points).")]
    Organisation,

    [Description("A national advice line.")]
    NationalLine,

    [Description("Emergency: police 112.")]
    Emergency,
}

/// <summary>The steps of the method "informatie delen bij mogelijke radicalisering".</summary>
[Description("The steps of the method 'informatie delen bij mogelijke radicalisering'.")]
public enum MethodStep
{
    [Description("Consult without identifying details; allowed with anyone.")]
    AnonymousConsultation,

    [Description("Share personal data; needs a legal ground.")]
    SharingPersonalData,

    [Description("Acute danger.")]
    Emergency,
}
