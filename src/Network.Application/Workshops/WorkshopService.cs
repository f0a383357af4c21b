using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Workshops;

namespace Network.Application.Workshops;

/// <summary>Use cases for workshops (werkateliers): list, read, create, change details.</summary>
public sealed class WorkshopService(NetworkDbContext db, AccessPolicy access, AuditLog audit, CatalogueChecks catalogues, TimeProvider clock)
{
    public const int MaxSeats = 40;
    public const int DefaultSeats = 15;
    public const int MaxFacilitators = 10;

    public async Task<Page<WorkshopDto>> ListAsync(WorkshopFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.Text("municipality", filter.Municipality, 6);
        v.ThrowIfInvalid();

        var query = access.VisibleWorkshops(db.Workshops.AsNoTracking());
        if (filter.Municipality is { } m) query = query.Where(w => w.MunicipalityCode == m);
        var result = await query.Include(w => w.Participants)
            .OrderByDescending(w => w.Date).ThenBy(w => w.Id)
            .ToPageAsync(page, ct);
        return result.Map(ToDto);
    }

    public async Task<WorkshopDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await LoadVisibleAsync(id, tracking: false, ct));

    public async Task<WorkshopDto> CreateAsync(NewWorkshopInput input, CancellationToken ct)
    {
        if (!access.Viewer.IsAdmin && !access.Viewer.IsCoordinator)
            throw new ForbiddenException("Only coordinators and administrators create workshops.");
        var v = Validate(input.Title, input.Date, input.Place, input.Facilitators, input.Seats, participants: 0);
        v.Require("municipality", input.Municipality, 6);
        if (input.Municipality is { } code)
        {
            await catalogues.CheckMunicipalitiesAsync(v, "municipality", [code], ct);
            if (!access.CanMaintain(code)) v.Add("municipality", "you can only create workshops in municipalities you coordinate");
        }
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var workshop = new Workshop
        {
            MunicipalityCode = input.Municipality!,
            Title = input.Title!.Trim(),
            Place = input.Place!.Trim(),
            Date = input.Date!.Value,
            Facilitators = Clean(input.Facilitators),
            Seats = input.Seats ?? DefaultSeats,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Workshops.Add(workshop);
        audit.Changed("workshop.create", "workshop", workshop.Id, workshop.MunicipalityCode);
        await db.SaveChangesAsync(ct);
        return ToDto(workshop);
    }

    public async Task<WorkshopDto> UpdateAsync(Guid id, WorkshopInput input, int? ifMatchVersion, CancellationToken ct)
    {
        var workshop = await LoadVisibleAsync(id, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        if (ifMatchVersion is null) throw new PreconditionRequiredException();
        if (ifMatchVersion != workshop.Version) throw new PreconditionFailedException();
        Validate(input.Title, input.Date, input.Place, input.Facilitators, input.Seats, workshop.Participants.Count).ThrowIfInvalid();

        workshop.Title = input.Title!.Trim();
        workshop.Place = input.Place!.Trim();
        workshop.Date = input.Date!.Value;
        workshop.Facilitators = Clean(input.Facilitators);
        workshop.Seats = input.Seats ?? DefaultSeats;
        Touch(workshop, clock);
        audit.Changed("workshop.update", "workshop", workshop.Id, workshop.MunicipalityCode);
        await SaveAsync(db, ct);
        return ToDto(workshop);
    }

    internal async Task<Workshop> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct) =>
        await access.VisibleWorkshops(tracking ? db.Workshops : db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .FirstOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new NotFoundException("workshop");

    private static Validator Validate(string? title, DateOnly? date, string? place, IReadOnlyList<string>? facilitators, int? seats, int participants)
    {
        var v = new Validator()
            .Require("title", title, 200, freeText: true)
            .Require("place", place, 200, freeText: true)
            .List("facilitators", facilitators, MaxFacilitators)
            .When(date is null, "date", "is required")
            .When(seats is < 1 or > MaxSeats, "seats", $"must be between 1 and {MaxSeats}");
        if (seats is { } s && s >= 1 && s < participants)
            v.Add("seats", $"must be at least the {participants} participants already registered");
        for (var i = 0; i < (facilitators?.Count ?? 0); i++)
            v.Require($"facilitators[{i}]", facilitators![i], 200, freeText: true);
        return v;
    }

    private static List<string> Clean(IReadOnlyList<string>? names) =>
        (names ?? []).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();

    internal static void Touch(Workshop w, TimeProvider clock)
    {
        w.Version++;
        w.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>Saves; a concurrent change to the same workshop (its version) surfaces as a conflict.</summary>
    internal static async Task SaveAsync(NetworkDbContext db, CancellationToken ct, bool conflictOnRace = false)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (conflictOnRace) throw new ConflictException("The workshop was changed at the same time; fetch it again and retry.");
            throw new PreconditionFailedException();
        }
    }

    internal static WorkshopDto ToDto(Workshop w) => new(
        w.Id, w.MunicipalityCode, w.Title, w.Date, w.Place, w.Facilitators, w.Seats, w.Participants.Count, w.Version, w.UpdatedAt);
}
