using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Workshops;

namespace Network.Application.Workshops;

/// <summary>Use cases for workshops (werkateliers): list, read, create, change details.</summary>
public sealed class WorkshopService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    CatalogueChecks catalogues,
    TimeProvider clock
)
{
    public const int MaxSeats = 40;
    public const int DefaultSeats = 15;
    public const int MaxFacilitators = 10;

    /// <summary>The cap of a title, a place and a trainer's name (the input records declare it, Validate checks it).</summary>
    public const int MaxTextLength = 200;

    public async Task<Page<WorkshopDto>> ListAsync(WorkshopFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.Text("municipality", filter.Municipality, 6);
        v.ThrowIfInvalid();

        var query = access.VisibleWorkshops(db.Workshops.AsNoTracking());
        if (filter.Municipality is { } m)
            query = query.Where(w => w.MunicipalityCode == m);
        var result = await query
            .Include(w => w.Participants)
            .OrderByDescending(w => w.Date)
            .ThenBy(w => w.Id)
            .ToPageAsync(page, ct);
        var dtos = await ToDtosAsync(result.Items, ct);
        return result.Map(w => dtos[w.Id]);
    }

    /// <summary>The last workshop the viewing professional attended that has taken place; null if none.</summary>
    public async Task<WorkshopDto?> LastAttendedAsync(CancellationToken ct)
    {
        if (access.Self is not { } self)
            return null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var workshop = await access
            .VisibleWorkshops(db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .Where(w => w.Date <= today && w.Participants.Any(p => p.ProfessionalId == self && p.Attended))
            .OrderByDescending(w => w.Date)
            .FirstOrDefaultAsync(ct);
        return workshop is null ? null : await ToDtoAsync(workshop, ct);
    }

    public async Task<WorkshopDto> GetAsync(Guid id, CancellationToken ct) =>
        await ToDtoAsync(await LoadVisibleAsync(id, tracking: false, ct), ct);

    /// <summary>The visible workshops among <paramref name="ids"/> in one query (GraphQL's node(id:) batches); others are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, WorkshopDto>> GetManyAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken ct
    ) => await ToDtosAsync(await LoadVisibleManyAsync(ids, ct), ct);

    internal async Task<List<Workshop>> LoadVisibleManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await access
            .VisibleWorkshops(db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .Where(w => ids.Contains(w.Id))
            .ToListAsync(ct);

    public async Task<WorkshopDto> CreateAsync(NewWorkshopInput input, CancellationToken ct)
    {
        access.EnsureCanCreate("create workshops");
        var v = Validate(input.Title, input.Date, input.Place, input.Facilitators, input.Seats, participants: 0);
        v.Require("municipality", input.Municipality, Network.Domain.Municipalities.Municipality.CodeLength);
        if (input.Municipality is { } code)
        {
            await catalogues.CheckMunicipalitiesAsync(v, "municipality", [code], ct);
            if (!access.CanMaintain(code))
                v.Add("municipality", "you can only create workshops in municipalities you coordinate");
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
        return await ToDtoAsync(workshop, ct);
    }

    public async Task<WorkshopDto> UpdateAsync(Guid id, WorkshopInput input, int? ifMatchVersion, CancellationToken ct)
    {
        var workshop = await LoadVisibleAsync(id, tracking: true, ct);
        access.EnsureCanMaintainWorkshop(workshop);
        if (ifMatchVersion is null)
            throw new PreconditionRequiredException();
        if (ifMatchVersion != workshop.Version)
            throw new PreconditionFailedException();
        Validate(input.Title, input.Date, input.Place, input.Facilitators, input.Seats, workshop.Participants.Count)
            .ThrowIfInvalid();

        workshop.Title = input.Title!.Trim();
        workshop.Place = input.Place!.Trim();
        workshop.Date = input.Date!.Value;
        workshop.Facilitators = Clean(input.Facilitators);
        workshop.Seats = input.Seats ?? DefaultSeats;
        Touch(workshop, clock);
        audit.Changed("workshop.update", "workshop", workshop.Id, workshop.MunicipalityCode);
        await SaveAsync(db, ct);
        return await ToDtoAsync(workshop, ct);
    }

    internal async Task<Workshop> LoadVisibleAsync(Guid id, bool tracking, CancellationToken ct) =>
        await access
            .VisibleWorkshops(tracking ? db.Workshops : db.Workshops.AsNoTracking())
            .Include(w => w.Participants)
            .FirstOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new NotFoundException("workshop");

    private static Validator Validate(
        string? title,
        DateOnly? date,
        string? place,
        IReadOnlyList<string>? facilitators,
        int? seats,
        int participants
    )
    {
        var v = new Validator()
            .Require("title", title, MaxTextLength, freeText: true)
            .Require("place", place, MaxTextLength, freeText: true)
            .List("facilitators", facilitators, MaxFacilitators)
            .When(date is null, "date", "is required")
            .When(seats is < 1 or > MaxSeats, "seats", $"must be between 1 and {MaxSeats}");
        if (seats is { } s && s >= 1 && s < participants)
            v.Add("seats", $"must be at least the {participants} participants already registered");
        for (var i = 0; i < (facilitators?.Count ?? 0); i++)
            v.Require($"facilitators[{i}]", facilitators![i], MaxTextLength, freeText: true);
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
            if (conflictOnRace)
                throw new ConflictException("The workshop was changed at the same time; fetch it again and retry.");
            throw new PreconditionFailedException();
        }
    }

    private async Task<WorkshopDto> ToDtoAsync(Workshop w, CancellationToken ct) => (await ToDtosAsync([w], ct))[w.Id];

    /// <summary>
    /// The participant count is of the participants this viewer could open on their own: pending or deactivated
    /// people are counted for coordinators, not for professionals, so the count always matches the list.
    /// </summary>
    private async Task<Dictionary<Guid, WorkshopDto>> ToDtosAsync(
        IReadOnlyCollection<Workshop> list,
        CancellationToken ct
    )
    {
        var ids = list.SelectMany(w => w.Participants).Select(p => p.ProfessionalId).Distinct().ToList();
        var visible =
            ids.Count == 0
                ? []
                : (
                    await access
                        .VisibleProfessionals(db.Professionals.AsNoTracking())
                        .Where(p => ids.Contains(p.Id))
                        .Select(p => p.Id)
                        .ToListAsync(ct)
                ).ToHashSet();
        return list.ToDictionary(
            w => w.Id,
            w => new WorkshopDto(
                w.Id,
                w.MunicipalityCode,
                w.Title,
                w.Date,
                w.Place,
                w.Facilitators,
                w.Seats,
                w.Participants.Count(p => visible.Contains(p.ProfessionalId)),
                w.Version,
                w.UpdatedAt
            )
        );
    }
}
