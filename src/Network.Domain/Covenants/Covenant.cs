namespace Network.Domain.Covenants;

/// <summary>An information-sharing agreement (convenant) organisations signed for a purpose and period.</summary>
public sealed class Covenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public required string Purpose { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public List<CovenantSignatory> Signatories { get; set; } = [];
    public List<CovenantMunicipality> Municipalities { get; set; } = [];
    public int Version { get; set; } = 1;

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || ValidUntil >= day);
}

public sealed class CovenantSignatory
{
    public Guid CovenantId { get; init; }
    public Guid OrganisationId { get; init; }
}

public sealed class CovenantMunicipality
{
    public Guid CovenantId { get; init; }
    public required string MunicipalityCode { get; init; }
}
