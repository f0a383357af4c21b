using Network.Domain.Trust;

namespace Network.Domain.Reports;

/// <summary>
/// Everything the network report looks at, for one municipality, as plain values: the application layer
/// loads it (after the access check), the metrics here stay pure and testable on hand-made networks.
/// </summary>
public sealed record NetworkSnapshot(
    string MunicipalityCode,
    string MunicipalityName,
    DateTimeOffset AsOf,
    IReadOnlyList<ReportDomain> Domains,
    IReadOnlyList<ReportOrganisation> Organisations,
    IReadOnlyList<ReportPerson> People,
    IReadOnlyList<ReportTrust> Trust,
    IReadOnlyList<ReportConcernType> ConcernTypes,
    IReadOnlyList<ReportRoute> Routes
)
{
    public DateOnly Today => DateOnly.FromDateTime(AsOf.UtcDateTime);

    /// <summary>
    /// The trust network as it stood at <paramref name="cutoff"/>: the people who existed by then (someone created
    /// from an attendance list after the cutoff was not in the network yet, so is not counted), trust confirmed by
    /// then and not yet revoked, never trust whose provenance is <paramref name="excludeWorkshopId"/>. Reconfirmation overwrites the previous
    /// date, so trust reconfirmed after the cutoff counts as valid at the cutoff, and a verification after the
    /// cutoff as unknown (not stale).
    /// </summary>
    public NetworkSnapshot AsOfDate(DateTimeOffset cutoff, Guid? excludeWorkshopId = null)
    {
        var cutoffDay = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var people = People
            .Where(p => p.CreatedAt is null || p.CreatedAt <= cutoff)
            .Select(p => p.LastVerifiedOn > cutoffDay ? p with { LastVerifiedOn = cutoffDay } : p)
            .ToList();
        var trust = Trust
            .Where(t => excludeWorkshopId is null || t.WorkshopId != excludeWorkshopId)
            .Where(t => t.ProposedAt <= cutoff)
            .Select(t => t.AsOf(cutoff))
            .ToList();
        return this with { AsOf = cutoff, People = people, Trust = trust };
    }
}

public sealed record ReportDomain(string Id, string Name, string NameNl);

public sealed record ReportOrganisation(Guid Id, string Name, IReadOnlyList<string> Domains);

/// <summary>
/// A professional of the municipality. <see cref="Domains"/> are their own, or else their organisations'.
/// <see cref="ServesMunicipality"/> is false for someone outside it whom a route names: checked, never counted.
/// <see cref="CreatedAt"/> (null when unknown) keeps people out of the network as it stood before they were added.
/// </summary>
public sealed record ReportPerson(
    Guid Id,
    string Name,
    IReadOnlyList<string> Domains,
    IReadOnlyList<Guid> OrganisationIds,
    bool IsActive,
    bool IsListed,
    DateOnly LastVerifiedOn,
    bool ServesMunicipality = true,
    DateTimeOffset? CreatedAt = null
);

public sealed record ReportTrust(
    Guid Id,
    Guid ProposerId,
    Guid RecipientId,
    TrustStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? LastConfirmedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    Guid? WorkshopId
)
{
    public bool IsConfirmedAt(DateTimeOffset now) => Status == TrustStatus.Confirmed && !IsExpiredAt(now);

    /// <summary>Confirmed trust past its reconfirmation date (it then no longer counts).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Status == TrustStatus.Confirmed && ExpiresAt <= now;

    /// <summary>This relationship's state at <paramref name="cutoff"/> (see <see cref="NetworkSnapshot.AsOfDate"/>).</summary>
    public ReportTrust AsOf(DateTimeOffset cutoff)
    {
        if (RevokedAt is { } revoked && revoked <= cutoff)
            return this with { Status = TrustStatus.Revoked };
        if (ConfirmedAt is { } confirmed && confirmed <= cutoff)
            return LastConfirmedAt > cutoff
                ? this with
                {
                    Status = TrustStatus.Confirmed,
                    LastConfirmedAt = cutoff,
                    ExpiresAt = null,
                    RevokedAt = null,
                } // reconfirmed later: it was valid
                : this with
                {
                    Status = TrustStatus.Confirmed,
                    RevokedAt = null,
                };
        return this with
        {
            Status = TrustStatus.Proposed,
            ConfirmedAt = null,
            LastConfirmedAt = null,
            ExpiresAt = null,
            RevokedAt = null,
        };
    }
}

public sealed record ReportConcernType(string Id, string Name, string NameNl);

/// <summary>A route's ladder reduced to what the report checks: whether it has steps, and which people it names.</summary>
public sealed record ReportRoute(string ConcernTypeId, int StepCount, IReadOnlyList<Guid> ProfessionalStepIds);
