namespace Network.Domain.Workshops;

/// <summary>A werkatelier: where the network is made. At most 15 seats by default.</summary>
public sealed class Workshop
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string MunicipalityCode { get; init; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public required string Place { get; set; }
    public List<string> Facilitators { get; set; } = [];
    public int Seats { get; set; } = 15;
    public List<WorkshopParticipant> Participants { get; set; } = [];

    /// <summary>Facilitators (professionals) who may record this workshop's outcomes besides its coordinators.</summary>
    public List<WorkshopOutcomeEditor> OutcomeEditors { get; set; } = [];
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class WorkshopParticipant
{
    public Guid WorkshopId { get; init; }
    public Guid ProfessionalId { get; init; }
    public bool Attended { get; set; }

    /// <summary>Whether they submitted their (anonymous) evaluation: who did, never what they answered.</summary>
    public bool EvaluationSubmitted { get; set; }
}
