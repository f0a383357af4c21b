using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Reports;

namespace Network.Application.Reports;

/// <summary>
/// The network report for coordinators (of that municipality) and admins; for anyone else it does not exist (404).
/// Loads a snapshot of the municipality's network and leaves every metric to the pure <see cref="NetworkAnalyzer"/>.
/// Both doors call this: REST (JSON, CSV, HTML) and GraphQL.
/// </summary>
public sealed class NetworkReportService(NetworkDbContext db, AccessPolicy access, TimeProvider clock)
{
    public async Task<NetworkReport> ForMunicipalityAsync(string code, CancellationToken ct = default)
    {
        if (!access.CanReadNetworkReport(code))
            throw new NotFoundException("municipality network report");
        return NetworkAnalyzer.Analyze(await SnapshotAsync(code, ct));
    }

    public async Task<WorkshopNetworkReport> ForWorkshopAsync(Guid workshopId, CancellationToken ct = default)
    {
        var workshop = await access
            .VisibleWorkshops(db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .FirstOrDefaultAsync(w => w.Id == workshopId, ct);
        if (workshop is null || !access.CanReadNetworkReport(workshop.MunicipalityCode))
            throw new NotFoundException("workshop network report");
        var snapshot = await SnapshotAsync(workshop.MunicipalityCode, ct);
        return WorkshopComparison.Compare(
            snapshot,
            workshop.Id,
            workshop.Title,
            workshop.Date,
            workshop.Participants.Select(p => p.ProfessionalId).ToList(),
            workshop.Participants.Count(p => p.Attended)
        );
    }

    internal async Task<NetworkSnapshot> SnapshotAsync(string code, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, ct)
            ?? throw new NotFoundException("municipality network report");
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var domains = await db
            .Domains.AsNoTracking()
            .OrderBy(d => d.Id)
            .Select(d => new ReportDomain(d.Id, d.Name, d.NameNl))
            .ToListAsync(ct);
        domains = [.. domains.OrderBy(d => DomainOrder(d.Id)).ThenBy(d => d.Id, StringComparer.Ordinal)];
        var concerns = await db
            .ConcernTypes.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new ReportConcernType(c.Id, c.Name, c.NameNl))
            .ToListAsync(ct);
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Municipalities.Any(m => m.MunicipalityCode == code))
            .OrderBy(o => o.Name)
            .Select(o => new ReportOrganisation(o.Id, o.Name, o.Domains.Select(d => d.DomainId).ToList()))
            .ToListAsync(ct);
        var routes = await db
            .Routes.AsNoTracking()
            .Where(r => r.MunicipalityCode == code)
            .Select(r => new ReportRoute(
                r.ConcernTypeId,
                r.Steps.Count,
                r.Steps.Where(s => s.ProfessionalId != null)
                    .OrderBy(s => s.Order)
                    .Select(s => s.ProfessionalId!.Value)
                    .ToList()
            ))
            .ToListAsync(ct);
        var routeContacts = routes.SelectMany(r => r.ProfessionalStepIds).Distinct().ToList();

        var rows = await db
            .Professionals.AsNoTracking()
            .Where(p => p.Municipalities.Any(m => m.MunicipalityCode == code) || routeContacts.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
                p.IsActive,
                p.ListingStatus,
                p.LastVerifiedOn,
                p.CreatedAt,
                Serves = p.Municipalities.Any(m => m.MunicipalityCode == code),
                Domains = p.Domains.Select(d => d.DomainId).ToList(),
                Organisations = p
                    .Memberships.Where(m => m.StartDate <= today && (m.EndDate == null || m.EndDate >= today))
                    .Select(m => m.OrganisationId)
                    .ToList(),
            })
            .ToListAsync(ct);
        var organisationDomains = await db
            .Organisations.AsNoTracking()
            .Select(o => new { o.Id, Domains = o.Domains.Select(d => d.DomainId).ToList() })
            .ToDictionaryAsync(o => o.Id, o => o.Domains, ct);
        var people = rows.Select(p => new ReportPerson(
                p.Id,
                $"{p.GivenName} {p.FamilyName}",
                // Someone without domains of their own works in their organisations' domains.
                p.Domains.Count > 0
                    ? p.Domains
                    : p.Organisations.SelectMany(o => organisationDomains.GetValueOrDefault(o, [])).Distinct().ToList(),
                p.Organisations,
                p.IsActive,
                p.ListingStatus == Domain.Professionals.ListingStatus.Listed,
                p.LastVerifiedOn,
                p.Serves,
                p.CreatedAt
            ))
            .ToList();

        // Trust recorded in this municipality's network: the same set its coordinators see (AccessPolicy.VisibleTrust).
        var trust = await db
            .TrustRelationships.AsNoTracking()
            .Where(t => t.MunicipalityCode == code)
            .Select(t => new ReportTrust(
                t.Id,
                t.ProposerId,
                t.RecipientId,
                t.Status,
                t.ProposedAt,
                t.ConfirmedAt,
                t.LastConfirmedAt,
                t.ExpiresAt,
                t.RevokedAt,
                t.WorkshopId
            ))
            .ToListAsync(ct);

        return new NetworkSnapshot(
            municipality.Code,
            municipality.Name,
            now,
            domains,
            organisations,
            people,
            trust,
            concerns,
            routes
        );
    }

    /// <summary>The domains the method is about come first in matrices and pictures; the rest follow by id.</summary>
    private static int DomainOrder(string id) =>
        id switch
        {
            "youth" => 0,
            "safety" => 1,
            "education" => 2,
            "care" => 3,
            "social" => 4,
            "municipality" => 5,
            _ => 6,
        };
}
