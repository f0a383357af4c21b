using Network.Domain.Contacts;

namespace Network.Domain.Organisations;

/// <summary>A school, GGD, youth care provider, police unit, Veiligheidshuis, ... Deactivated, never deleted.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Kind { get; set; } // free label: "school", "ggd", "police", ...
    public bool IsActive { get; set; } = true;
    public List<OrganisationDomain> Domains { get; set; } = [];
    public List<OrganisationMunicipality> Municipalities { get; set; } = [];
    public List<OrganisationContactPoint> ContactPoints { get; set; } = [];
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class OrganisationDomain
{
    public Guid OrganisationId { get; init; }
    public required string DomainId { get; init; }
}

public sealed class OrganisationMunicipality
{
    public Guid OrganisationId { get; init; }
    public required string MunicipalityCode { get; init; }
}

/// <summary>An organisation's public channel: switchboard, general mail. Always public.</summary>
public sealed class OrganisationContactPoint
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public ContactChannel Channel { get; set; }
    public required string Value { get; set; }
    public string? Label { get; set; }
}
