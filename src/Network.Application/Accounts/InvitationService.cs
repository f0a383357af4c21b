using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Mail;
using Network.Application.Mail.Templates;
using Network.Application.Persistence;
using Network.Domain.Accounts;

namespace Network.Application.Accounts;

/// <summary>
/// A coordinator invites a person to claim their entry: the e-mail with its single-use link is written to the outbox
/// in the same save as the invitation, and the link's secret is kept only as a hash. Whoever holds an open link and
/// has signed in links their account to the entry with it, once.
/// </summary>
public sealed class InvitationService(
    NetworkDbContext db,
    AccessPolicy access,
    AuditLog audit,
    Outbox outbox,
    MailTemplates templates,
    IOptions<InvitationOptions> options,
    TimeProvider clock
)
{
    /// <summary>The path of an invitation link in the web app; the token follows it.</summary>
    public const string LinkPrefix = "/uitnodiging/";

    /// <summary>Invites (or invites again: an open invitation for the same person is revoked) and queues the e-mail.</summary>
    public async Task<InvitationDto> CreateAsync(Guid professionalId, InvitationInput input, CancellationToken ct)
    {
        var person = await access
            .VisibleProfessionals(db.Professionals)
            .Include(p => p.Municipalities)
            .Include(p => p.ContactPoints)
            .FirstOrDefaultAsync(p => p.Id == professionalId, ct)
            ?? throw new NotFoundException("professional");
        var codes = person.Municipalities.Select(m => m.MunicipalityCode).ToList();
        access.EnsureCanInvite(codes);
        if (!person.IsActive)
            throw new ConflictException("This person is inactive; reactivate the entry before inviting them.");
        if (await db.Accounts.AnyAsync(a => a.ProfessionalId == person.Id, ct))
            throw new ConflictException("This person has signed in already: their account is linked to the entry.");

        var v = new Validator();
        var address = MailAddresses.Of(person);
        v.When(address is null, "email", "this person's entry has no e-mail address; add one before inviting");
        var workshop = await WorkshopAsync(person.Id, input.WorkshopId, ct);
        v.When(
            input.WorkshopId is not null && workshop is null,
            "workshopId",
            "is not a workshop this person attended"
        );
        v.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        foreach (var open in await OpenInvitations(person.Id).ToListAsync(ct))
            open.RevokedAt = now;
        var token = NewToken();
        var invitation = new Invitation
        {
            ProfessionalId = person.Id,
            TokenHash = Hash(token),
            WorkshopId = workshop?.Id,
            CreatedAt = now,
            CreatedBy = access.Viewer.Subject,
            ExpiresAt = now.AddDays(options.Value.ValidDays),
        };
        db.Invitations.Add(invitation);
        var municipality = workshop?.MunicipalityCode ?? codes.First(access.CanMaintain);
        var mail = templates.Invitation(
            new InvitationMail(
                person.DisplayName,
                await db.Municipalities.Where(m => m.Code == municipality).Select(m => m.Name).SingleAsync(ct),
                workshop?.Title,
                LinkPrefix + token,
                invitation.ExpiresAt,
                input.Language ?? MailLanguage.Nl
            )
        );
        await outbox.AddAsync(db, address!, mail, $"invitation:{invitation.Id}", ct);
        audit.Changed("invitation.create", "professional", person.Id, municipality, person.Id, "invitation sent");
        await db.SaveChangesAsync(ct);
        return ToDto(invitation, person.DisplayName, now);
    }

    public async Task<Page<InvitationDto>> ListAsync(InvitationFilter filter, PageRequest page, CancellationToken ct)
    {
        var v = new Validator();
        page.Validate(v);
        v.ThrowIfInvalid();
        var now = clock.GetUtcNow();
        var query = Visible();
        if (filter.Municipality is { } m)
            query = query.Where(i =>
                db.Professionals.Any(p =>
                    p.Id == i.ProfessionalId && p.Municipalities.Any(x => x.MunicipalityCode == m)
                )
            );
        query = filter.Status switch
        {
            InvitationStatus.Open => query.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now),
            InvitationStatus.Accepted => query.Where(i => i.AcceptedAt != null),
            InvitationStatus.Revoked => query.Where(i => i.AcceptedAt == null && i.RevokedAt != null),
            InvitationStatus.Expired => query.Where(i =>
                i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt <= now
            ),
            _ => query,
        };
        var result = await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToPageAsync(page, ct);
        var ids = result.Items.Select(i => i.ProfessionalId).Distinct().ToList();
        var names = await db
            .Professionals.Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        return new Page<InvitationDto>(
            [.. result.Items.Select(i => ToDto(i, names[i.ProfessionalId], now))],
            result.TotalCount,
            result.NextCursor,
            result.Offset
        );
    }

    /// <summary>The latest invitation of each of <paramref name="professionalIds"/> the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, InvitationDto>> LatestForAsync(
        IReadOnlyCollection<Guid> professionalIds,
        CancellationToken ct
    )
    {
        var now = clock.GetUtcNow();
        var invitations = await Visible().Where(i => professionalIds.Contains(i.ProfessionalId)).ToListAsync(ct);
        var names = await db
            .Professionals.Where(p => professionalIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        return invitations
            .GroupBy(i => i.ProfessionalId)
            .ToDictionary(g => g.Key, g => ToDto(g.MaxBy(i => i.CreatedAt)!, names[g.Key], now));
    }

    /// <summary>Revokes an open invitation: its link stops working at once.</summary>
    public async Task RevokeAsync(Guid invitationId, CancellationToken ct)
    {
        var invitation = await Visible(tracking: true).FirstOrDefaultAsync(i => i.Id == invitationId, ct)
            ?? throw new NotFoundException("invitation");
        if (invitation.StatusAt(clock.GetUtcNow()) != InvitationStatus.Open)
            throw new ConflictException($"This invitation is {invitation.StatusAt(clock.GetUtcNow())}, not open.");
        invitation.RevokedAt = clock.GetUtcNow();
        audit.Changed(
            "invitation.revoke",
            "professional",
            invitation.ProfessionalId,
            await MunicipalityOfAsync(invitation, ct),
            invitation.ProfessionalId,
            "invitation revoked"
        );
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The municipality an invitation's events are filed under, so that its coordinators read them in the audit trail
    /// (events without one reach administrators only): the workshop's, else the first of the person's municipalities
    /// the viewer maintains, else the person's first.
    /// </summary>
    private async Task<string?> MunicipalityOfAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.WorkshopId is { } workshopId)
            return await db.Workshops.Where(w => w.Id == workshopId).Select(w => w.MunicipalityCode).SingleAsync(ct);
        var codes = await db
            .Professionals.Where(p => p.Id == invitation.ProfessionalId)
            .SelectMany(p => p.Municipalities.Select(m => m.MunicipalityCode))
            .OrderBy(c => c)
            .ToListAsync(ct);
        return codes.FirstOrDefault(access.CanMaintain) ?? codes.FirstOrDefault();
    }

    /// <summary>What an open link shows its holder; null for a forged, used, revoked or expired one (all alike).</summary>
    public async Task<InvitationView?> OpenAsync(string token, CancellationToken ct)
    {
        var invitation = await FindOpenAsync(token, tracking: false, ct);
        if (invitation is null)
            return null;
        var person = await db
            .Professionals.AsNoTracking()
            .Include(p => p.Municipalities)
            .SingleAsync(p => p.Id == invitation.ProfessionalId, ct);
        var workshop = invitation.WorkshopId is { } w
            ? await db.Workshops.AsNoTracking().SingleOrDefaultAsync(x => x.Id == w, ct)
            : null;
        var code = workshop?.MunicipalityCode ?? person.Municipalities.Select(m => m.MunicipalityCode).First();
        var municipality = await db.Municipalities.Where(m => m.Code == code).Select(m => m.Name).SingleAsync(ct);
        return new InvitationView(person.Id, person.DisplayName, municipality, workshop?.Title, invitation.ExpiresAt);
    }

    /// <summary>
    /// Links the signed-in account to the invited entry and uses the link up. The person is not listed yet: that is
    /// their own choice on the next page.
    /// </summary>
    public async Task<Guid> AcceptAsync(string token, Guid accountId, CancellationToken ct)
    {
        var invitation = await FindOpenAsync(token, tracking: true, ct) ?? throw new NotFoundException("invitation");
        var account = await db.Accounts.SingleAsync(a => a.Id == accountId, ct);
        if (account.ProfessionalId is { } linked && linked != invitation.ProfessionalId)
            throw new ConflictException("This account belongs to another entry already; sign in with another account.");
        var now = clock.GetUtcNow();
        account.ProfessionalId = invitation.ProfessionalId;
        invitation.AcceptedAt = now;
        invitation.AcceptedByAccountId = account.Id;
        audit.Changed(
            "invitation.accept",
            "account",
            account.Id,
            await MunicipalityOfAsync(invitation, ct),
            invitation.ProfessionalId,
            "account linked through an invitation"
        );
        await db.SaveChangesAsync(ct);
        return invitation.ProfessionalId;
    }

    private IQueryable<Invitation> Visible(bool tracking = false) =>
        access.VisibleInvitations(tracking ? db.Invitations : db.Invitations.AsNoTracking());

    private IQueryable<Invitation> OpenInvitations(Guid professionalId)
    {
        var now = clock.GetUtcNow();
        return db.Invitations.Where(i =>
            i.ProfessionalId == professionalId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now
        );
    }

    private async Task<Invitation?> FindOpenAsync(string token, bool tracking, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
            return null;
        var hash = Hash(token);
        var query = tracking ? db.Invitations : db.Invitations.AsNoTracking();
        var invitation = await query.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation?.StatusAt(clock.GetUtcNow()) != InvitationStatus.Open)
            return null;
        var active = await db.Professionals.AnyAsync(p => p.Id == invitation.ProfessionalId && p.IsActive, ct);
        return active ? invitation : null;
    }

    private async Task<Domain.Workshops.Workshop?> WorkshopAsync(
        Guid professionalId,
        Guid? workshopId,
        CancellationToken ct
    )
    {
        var attended = db.Workshops.Where(w =>
            w.Participants.Any(p => p.ProfessionalId == professionalId && p.Attended)
        );
        return workshopId is { } id
            ? await attended.FirstOrDefaultAsync(w => w.Id == id, ct)
            : await attended.OrderByDescending(w => w.Date).FirstOrDefaultAsync(ct);
    }

    internal static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    internal static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static InvitationDto ToDto(Invitation i, string name, DateTimeOffset now) =>
        new(i.Id, i.ProfessionalId, name, i.WorkshopId, i.StatusAt(now), i.CreatedAt, i.ExpiresAt, i.AcceptedAt);
}
