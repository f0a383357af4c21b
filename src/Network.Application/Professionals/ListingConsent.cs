using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Professionals;

/// <summary>The visibility a professional chooses for one of their contact points when accepting to be listed.</summary>
public sealed record ContactPointVisibilityChoice(Guid? ContactPointId, VisibilityLevel? Visibility);

public sealed record ListingContactPointDto(Guid Id, ContactChannel Channel, string Value, VisibilityLevel Visibility);

public sealed record ListingDto(Guid ProfessionalId, ListingStatus ListingStatus, IReadOnlyList<ListingContactPointDto> ContactPoints, int Version);

/// <summary>
/// Consent first: a professional created from an attendance list is pending, seen only by coordinators, until
/// they themselves accept being listed and choose who sees each of their contact points. Self-service only:
/// the viewer acts on their own entry (wired to <c>/api/v1/me/listing</c>).
/// </summary>
public sealed class ListingConsent(NetworkDbContext db, AccessPolicy access, AuditLog audit, TimeProvider clock)
{
    public async Task<ListingDto> GetListingAsync(CancellationToken ct) => ToDto(await LoadSelfAsync(tracking: false, ct));

    /// <summary>
    /// Lists the viewer (pending → listed), applies their visibility choices, and counts as a verification of
    /// the entry. Calling it again only changes the visibility choices. Choices for unknown contact points are refused.
    /// </summary>
    public async Task<ListingDto> AcceptListingAsync(IReadOnlyList<ContactPointVisibilityChoice>? visibilityChoices, CancellationToken ct)
    {
        var me = await LoadSelfAsync(tracking: true, ct);
        var choices = visibilityChoices ?? [];
        var v = new Validator().List("visibilityChoices", choices, 20);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            if (c?.ContactPointId is not { } id) { v.Add($"visibilityChoices[{i}].contactPointId", "is required"); continue; }
            v.When(me.ContactPoints.All(cp => cp.Id != id), $"visibilityChoices[{i}].contactPointId", "is not one of your contact points");
            v.When(!seen.Add(id), $"visibilityChoices[{i}].contactPointId", "is listed twice");
            v.When(c.Visibility is not { } level || !Enum.IsDefined(level), $"visibilityChoices[{i}].visibility", "is required and must be a known level");
        }
        v.ThrowIfInvalid();

        foreach (var c in choices)
            me.ContactPoints.Single(cp => cp.Id == c.ContactPointId).Visibility = c.Visibility!.Value;
        var wasPending = me.ListingStatus == ListingStatus.Pending;
        me.ListingStatus = ListingStatus.Listed;
        me.LastVerifiedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        me.Version++;
        me.UpdatedAt = clock.GetUtcNow();
        var municipality = me.Municipalities.Select(m => m.MunicipalityCode).FirstOrDefault();
        audit.Changed(wasPending ? "professional.listing-accept" : "professional.listing-update", "professional", me.Id, municipality,
            subjectProfessionalId: me.Id, detail: $"{choices.Count} visibility choice(s)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        return ToDto(me);
    }

    private async Task<Professional> LoadSelfAsync(bool tracking, CancellationToken ct)
    {
        if (!access.Viewer.IsProfessional) throw new ForbiddenException("Only a professional accepts their own listing.");
        var self = access.Viewer.ProfessionalId!.Value;
        var query = tracking ? db.Professionals : db.Professionals.AsNoTracking();
        return await query.Include(p => p.ContactPoints).Include(p => p.Municipalities)
            .FirstOrDefaultAsync(p => p.Id == self && p.IsActive, ct)
            ?? throw new NotFoundException("professional");
    }

    private static ListingDto ToDto(Professional p) => new(p.Id, p.ListingStatus,
        p.ContactPoints.OrderBy(c => c.Channel).ThenBy(c => c.Id)
            .Select(c => new ListingContactPointDto(c.Id, c.Channel, c.Value, c.Visibility)).ToList(),
        p.Version);
}
