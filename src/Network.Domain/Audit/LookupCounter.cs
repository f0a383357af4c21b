namespace Network.Domain.Audit;

/// <summary>All that is kept of lookups: how many per municipality, concern type and day.</summary>
public sealed class LookupCounter
{
    public required string MunicipalityCode { get; init; }
    public required string ConcernTypeId { get; init; }
    public DateOnly Day { get; init; }
    public int Count { get; set; }
}
