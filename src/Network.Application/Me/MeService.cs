using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Professionals;
using Network.Domain.Professionals;

namespace Network.Application.Me;

/// <summary>
/// A professional's own entry: read it whole, edit the profile and contact points (and their visibility),
/// give or withdraw consent for optional fields (effective at once), accept being listed, confirm it is still
/// correct, and see who read their restricted details.
/// </summary>
public sealed class MeService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    ProfessionalView view,
    TimeProvider clock
)
{
    public async Task<ProfessionalDto> GetAsync(CancellationToken ct) =>
        await view.ToDtoAsync(await LoadSelfAsync(false, ct), ct);

    public Task<ProfessionalDto> UpdateProfileAsync(ProfileInput input, int? ifMatch, CancellationToken ct) =>
        EditProfileAsync(_ => input, ifMatch, ct);

    /// <summary>Changes the own profile by <paramref name="edit"/>, given the profile as it is (a merge patch, or a PUT).</summary>
    public Task<ProfessionalDto> EditProfileAsync(
        Func<ProfileInput, ProfileInput> edit,
        int? ifMatch,
        CancellationToken ct
    ) =>
        ChangeAsync(
            ifMatch,
            "me.update-profile",
            p =>
            {
                var seen = SeenParts.All(p);
                var input = edit(
                    new ProfileInput(
                        [.. p.ExpertiseTags.Order()],
                        [.. p.Languages.Order()],
                        p.About,
                        p.OffersAnonymousConsultation,
                        ProfessionalInputRules.ContactPointsAsInput(p, seen)
                    )
                );
                var v = new Validator();
                ProfessionalInputRules.ValidateProfile(
                    v,
                    input.ExpertiseTags,
                    input.Languages,
                    input.About,
                    input.ContactPoints
                );
                ProfessionalInputRules.CheckAgainst(v, seen, input.ContactPoints);
                v.ThrowIfInvalid();
                p.ExpertiseTags = (input.ExpertiseTags ?? []).Distinct().ToList();
                p.Languages = (input.Languages ?? []).Select(l => l.ToLowerInvariant()).Distinct().ToList();
                p.About = string.IsNullOrWhiteSpace(input.About) ? null : input.About.Trim();
                p.OffersAnonymousConsultation = input.OffersAnonymousConsultation;
                ProfessionalInputRules.ApplyContactPoints(p, input.ContactPoints, seen);
                p.LastVerifiedOn = Today; // editing one's own entry is verifying it
            },
            ct,
            requireIfMatch: true
        );

    public Task<ProfessionalDto> SetConsentAsync(ConsentInput input, CancellationToken ct) =>
        ChangeAsync(
            null,
            input.OptionalFields ? "me.consent-given" : "me.consent-withdrawn",
            p => p.OptionalFieldsConsent = input.OptionalFields,
            ct
        );

    public async Task<ReminderSettings> GetRemindersAsync(CancellationToken ct) =>
        new((await LoadSelfAsync(false, ct)).OptionalReminders);

    /// <summary>Turns the optional reminders on or off; the next reminder pass honours it.</summary>
    public async Task<ReminderSettings> SetRemindersAsync(ReminderInput input, CancellationToken ct)
    {
        new Validator().When(input.Optional is null, "optional", "is required").ThrowIfInvalid();
        var optional = input.Optional!.Value;
        await ChangeAsync(
            null,
            optional ? "me.reminders-on" : "me.reminders-off",
            p => p.OptionalReminders = optional,
            ct
        );
        return new ReminderSettings(optional);
    }

    /// <summary>The entry is still correct as it is.</summary>
    public Task<ProfessionalDto> VerifyAsync(CancellationToken ct) =>
        ChangeAsync(null, "me.verify", p => p.LastVerifiedOn = Today, ct);

    public Task<ProfessionalDto> SetListingAsync(ListingInput input, CancellationToken ct) =>
        ChangeAsync(
            null,
            input.Accept ? "me.listing-accepted" : "me.listing-withdrawn",
            p =>
            {
                var v = new Validator().List(
                    "contactPointVisibility",
                    input.ContactPointVisibility,
                    ProfessionalInputRules.MaxContactPoints
                );
                var choices = input.ContactPointVisibility ?? [];
                for (var i = 0; i < choices.Count; i++)
                {
                    if (choices[i] is null)
                        continue; // reported by List above
                    v.When(
                        p.ContactPoints.All(c => c.Id != choices[i].ContactPointId),
                        $"contactPointVisibility[{i}].contactPointId",
                        "is not one of your contact points"
                    );
                    v.When(
                        !Enum.IsDefined(choices[i].Visibility),
                        $"contactPointVisibility[{i}].visibility",
                        "is not a known visibility level"
                    );
                }
                v.ThrowIfInvalid();
                foreach (var choice in choices)
                    p.ContactPoints.Single(c => c.Id == choice.ContactPointId).Visibility = choice.Visibility;
                p.ListingStatus = input.Accept ? ListingStatus.Listed : ListingStatus.Pending;
                if (input.Accept)
                    p.LastVerifiedOn = Today;
            },
            ct
        );

    public async Task<Page<RestrictedReadDto>> RestrictedReadsAsync(PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        var self = RequireSelf();
        var result = await db
            .AuditEvents.AsNoTracking()
            .Where(a =>
                a.SubjectProfessionalId == self
                && a.Action == AuditLog.RestrictedReadAction
                && a.ActorProfessionalId != self
            )
            .OrderByDescending(a => a.Id)
            .ToPageAsync(page, ct);
        var viewerIds = result
            .Items.Where(a => a.ActorProfessionalId is not null)
            .Select(a => a.ActorProfessionalId!.Value)
            .Distinct()
            .ToList();
        var names = await db
            .Professionals.AsNoTracking()
            .Where(p => viewerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        return result.Map(a => new RestrictedReadDto(
            a.OccurredAt,
            a.ActorId,
            a.ActorRole,
            a.ActorProfessionalId,
            a.ActorProfessionalId is { } id ? names.GetValueOrDefault(id) : null,
            a.SubjectId,
            a.Detail
        ));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<ProfessionalDto> ChangeAsync(
        int? ifMatch,
        string action,
        Action<Professional> change,
        CancellationToken ct,
        bool requireIfMatch = false
    )
    {
        var p = await LoadSelfAsync(true, ct);
        if (requireIfMatch && ifMatch is null)
            throw new PreconditionRequiredException();
        if (ifMatch is not null && ifMatch != p.Version)
            throw new PreconditionFailedException();
        change(p);
        p.Version++;
        p.UpdatedAt = clock.GetUtcNow();
        audit.Changed(action, "professional", p.Id, p.Municipalities.FirstOrDefault()?.MunicipalityCode, p.Id);
        await db.SaveOrPreconditionFailedAsync(ct);
        return await view.ToDtoAsync(p, ct);
    }

    private Guid RequireSelf() =>
        access.RequireSelf("Self-service is for professionals; your token does not name one.");

    private async Task<Professional> LoadSelfAsync(bool tracking, CancellationToken ct)
    {
        var self = RequireSelf();
        var query = tracking ? db.Professionals : db.Professionals.AsNoTracking();
        return await ProfessionalView.WithDetails(query).FirstOrDefaultAsync(p => p.Id == self, ct)
            ?? throw new NotFoundException("professional");
    }
}
