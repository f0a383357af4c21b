using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.EscalationRoutes;
using Network.Domain.Professionals;

namespace Network.Application.EscalationRoutes;

/// <summary>Validates a ladder's steps against what the writer may see, and names the steps for readers.</summary>
public sealed partial class RouteSteps(NetworkDbContext db, AccessPolicy access)
{
    /// <summary>The caps of a ladder: the input records declare them, <see cref="ValidateAsync"/> checks them.</summary>
    public const int MaxSteps = 10,
        MaxNoteLength = 500,
        MaxLineNameLength = 200,
        MaxLinePhoneLength = 40;

    /// <summary>A line's phone number: digits, spaces, +, - and parentheses (the input record declares it).</summary>
    public const string PhoneRegex = @"^\+?[0-9][0-9 ()-]{1,38}$";

    /// <summary>Adds one field error per bad step field; references must be visible and serve <paramref name="municipality"/>.</summary>
    public async Task ValidateAsync(
        Validator v,
        IReadOnlyList<RouteStepInput>? steps,
        string? municipality,
        CancellationToken ct
    )
    {
        v.List("steps", steps, MaxSteps, required: true);
        if (steps is null)
            return;
        var people = await ServingProfessionalsAsync(steps, municipality, ct);
        var orgs = await ServingOrganisationsAsync(steps, municipality, ct);
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            var at = $"steps[{i}]";
            if (s is null)
            {
                v.Add(at, "must not be null");
                continue;
            }
            if (s.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                v.Add($"{at}.kind", "is required");
                continue;
            }
            v.When(
                s.MethodStep is { } m && !Enum.IsDefined(m),
                $"{at}.methodStep",
                "is not a known step of the method"
            );
            v.Text($"{at}.note", s.Note, MaxNoteLength, freeText: true);

            var isLine = kind is RouteStepKind.NationalLine or RouteStepKind.Emergency;
            if (kind == RouteStepKind.Professional)
                v.When(
                    s.ProfessionalId is not { } p || !people.Contains(p),
                    $"{at}.professionalId",
                    "must be an active professional in this municipality's network"
                );
            else
                v.When(s.ProfessionalId is not null, $"{at}.professionalId", "is only for professional steps");
            if (kind == RouteStepKind.Organisation)
                v.When(
                    s.OrganisationId is not { } o || !orgs.Contains(o),
                    $"{at}.organisationId",
                    "must be an active organisation serving this municipality"
                );
            else
                v.When(s.OrganisationId is not null, $"{at}.organisationId", "is only for organisation steps");
            if (isLine)
            {
                v.Require($"{at}.lineName", s.LineName, MaxLineNameLength);
                v.Require($"{at}.linePhone", s.LinePhone, MaxLinePhoneLength);
                v.When(
                    s.LinePhone is { Length: > 0 } phone && !PhonePattern().MatchesWhole(phone),
                    $"{at}.linePhone",
                    "must be a phone number: digits, spaces, +, - and parentheses"
                );
            }
            else
            {
                // Each named where it was sent, so a client sees which property to drop.
                v.When(s.LineName is not null, $"{at}.lineName", "is only for national line and emergency rungs");
                v.When(s.LinePhone is not null, $"{at}.linePhone", "is only for national line and emergency rungs");
            }
        }
    }

    public static List<RouteStep> Build(Guid routeId, IReadOnlyList<RouteStepInput> steps) =>
        steps
            .Select(
                (s, i) =>
                    new RouteStep
                    {
                        RouteId = routeId,
                        Order = i + 1,
                        Kind = s.Kind!.Value,
                        ProfessionalId = s.ProfessionalId,
                        OrganisationId = s.OrganisationId,
                        LineName = s.LineName?.Trim(),
                        LinePhone = s.LinePhone?.Trim(),
                        OffersAnonymousConsultation = s.OffersAnonymousConsultation ?? false,
                        MethodStep = s.MethodStep
                            ?? (
                                s.Kind == RouteStepKind.Emergency
                                    ? MethodStep.Emergency
                                    : MethodStep.AnonymousConsultation
                            ),
                        Note = string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim(),
                    }
            )
            .ToList();

    /// <summary>Maps routes to DTOs, naming only the professionals and organisations this viewer may see.</summary>
    public async Task<IReadOnlyList<RouteDto>> ToDtosAsync(IReadOnlyCollection<Route> routes, CancellationToken ct)
    {
        var steps = routes.SelectMany(r => r.Steps).ToList();
        var personIds = steps
            .Where(s => s.ProfessionalId is not null)
            .Select(s => s.ProfessionalId!.Value)
            .Distinct()
            .ToList();
        var orgIds = steps
            .Where(s => s.OrganisationId is not null)
            .Select(s => s.OrganisationId!.Value)
            .Distinct()
            .ToList();
        var people = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.GivenName,
                p.FamilyName,
            })
            .ToDictionaryAsync(p => p.Id, p => $"{p.GivenName} {p.FamilyName}", ct);
        var orgs = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        return routes
            .Select(r => new RouteDto(
                r.Id,
                r.MunicipalityCode,
                r.ConcernTypeId,
                r.Steps.OrderBy(s => s.Order)
                    .Select(s => new RouteStepDto(
                        s.Order,
                        s.Kind,
                        s.ProfessionalId,
                        s.ProfessionalId is { } p ? people.GetValueOrDefault(p) : null,
                        s.OrganisationId,
                        s.OrganisationId is { } o ? orgs.GetValueOrDefault(o) : null,
                        s.LineName,
                        s.LinePhone,
                        s.OffersAnonymousConsultation,
                        s.MethodStep,
                        s.Note
                    ))
                    .ToList(),
                r.Version,
                r.UpdatedAt
            ))
            .ToList();
    }

    private async Task<HashSet<Guid>> ServingProfessionalsAsync(
        IReadOnlyList<RouteStepInput> steps,
        string? municipality,
        CancellationToken ct
    )
    {
        var ids = steps
            .Where(s => s?.ProfessionalId is not null)
            .Select(s => s.ProfessionalId!.Value)
            .Distinct()
            .ToList();
        if (ids.Count == 0 || municipality is null)
            return [];
        var found = await access
            .VisibleProfessionals(db.Professionals.AsNoTracking())
            .Where(p =>
                ids.Contains(p.Id)
                && p.IsActive
                && p.ListingStatus == ListingStatus.Listed
                && p.Municipalities.Any(m => m.MunicipalityCode == municipality)
            )
            .Select(p => p.Id)
            .ToListAsync(ct);
        return [.. found];
    }

    private async Task<HashSet<Guid>> ServingOrganisationsAsync(
        IReadOnlyList<RouteStepInput> steps,
        string? municipality,
        CancellationToken ct
    )
    {
        var ids = steps
            .Where(s => s?.OrganisationId is not null)
            .Select(s => s.OrganisationId!.Value)
            .Distinct()
            .ToList();
        if (ids.Count == 0 || municipality is null)
            return [];
        var found = await access
            .VisibleOrganisations(db.Organisations.AsNoTracking())
            .Where(o =>
                ids.Contains(o.Id) && o.IsActive && o.Municipalities.Any(m => m.MunicipalityCode == municipality)
            )
            .Select(o => o.Id)
            .ToListAsync(ct);
        return [.. found];
    }

    [GeneratedRegex(PhoneRegex)]
    private static partial Regex PhonePattern();
}
