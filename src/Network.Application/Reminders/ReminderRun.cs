using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Application.Accounts;
using Network.Application.Mail;
using Network.Application.Mail.Templates;
using Network.Application.Persistence;
using Network.Domain.Accounts;
using Network.Domain.Professionals;
using Network.Domain.Trust;

namespace Network.Application.Reminders;

/// <summary>What one pass queued, per kind of reminder.</summary>
public sealed record ReminderResult(
    bool Ran,
    int TrustExpiry,
    int VerifyEntry,
    int Proposals,
    int Invitations,
    int Digests
)
{
    public static readonly ReminderResult Skipped = new(false, 0, 0, 0, 0, 0);
}

/// <summary>
/// One pass over the directory that queues every reminder that is due. Each reminder has an occasion key (the trust
/// relationship and the expiry date it warns about, the entry and the date it was last verified, ...), so a pass run
/// again, after a restart or on another instance, queues nothing twice; a lease lets one instance at a time run it.
/// The pass reads the store directly: it decides nothing about viewers, it tells each person about their own entry,
/// trust and invitation, and coordinators about their own municipality.
/// </summary>
public sealed class ReminderRun(
    NetworkDbContext db,
    Outbox outbox,
    MailTemplates templates,
    IOptions<ReminderOptions> options,
    TimeProvider clock
)
{
    public const string Job = "reminders";
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(10);
    private readonly string _holder = Guid.NewGuid().ToString("N");

    public const string ReconfirmPrefix = "/vertrouwen/opnieuw/";

    public async Task<ReminderResult> RunAsync(CancellationToken ct)
    {
        if (!await TryLeaseAsync(ct))
            return ReminderResult.Skipped;
        try
        {
            var now = clock.GetUtcNow();
            var names = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct);
            return new ReminderResult(
                true,
                await TrustExpiryAsync(now, names, ct),
                await VerifyEntryAsync(now, names, ct),
                await ProposalsAsync(now, names, ct),
                await InvitationsAsync(now, names, ct),
                await DigestsAsync(now, names, ct)
            );
        }
        finally
        {
            await db.Set<JobLease>()
                .Where(l => l.Name == Job && l.Holder == _holder)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LastRunAt, clock.GetUtcNow()),
                    CancellationToken.None
                );
        }
    }

    private ReminderPeriods Periods(string municipality) => options.Value.For(municipality);

    private int MaxOf(IEnumerable<string> codes, Func<ReminderPeriods, int?> period) =>
        codes.Select(c => period(Periods(c)) ?? 0).Append(period(options.Value.Defaults) ?? 0).Max();

    /// <summary>Trust that lapses within the municipality's period: each party, once per expiry date.</summary>
    private async Task<int> TrustExpiryAsync(DateTimeOffset now, Dictionary<string, string> names, CancellationToken ct)
    {
        var horizon = now.AddDays(MaxOf(names.Keys, p => p.TrustExpiryDays));
        var trusts = await db
            .TrustRelationships.AsNoTracking()
            .Where(t => t.Status == TrustStatus.Confirmed && t.ExpiresAt > now && t.ExpiresAt <= horizon)
            .ToListAsync(ct);
        trusts = [.. trusts.Where(t => t.ExpiresAt <= now.AddDays(Periods(t.MunicipalityCode).TrustExpiryDays ?? 0))];
        var people = await PeopleAsync(trusts.SelectMany(t => new[] { t.ProposerId, t.RecipientId }), ct);
        var queued = 0;
        foreach (var t in trusts)
        foreach (var (self, other) in new[] { (t.ProposerId, t.RecipientId), (t.RecipientId, t.ProposerId) })
        {
            if (!people.TryGetValue(self, out var p) || !people.TryGetValue(other, out var o))
                continue;
            var mail = templates.TrustExpiry(
                new TrustExpiryMail(
                    p.DisplayName,
                    o.DisplayName,
                    names[t.MunicipalityCode],
                    t.ExpiresAt!.Value,
                    ReconfirmPrefix + t.Id,
                    MailLanguage.Nl
                )
            );
            queued += await QueueAsync(p, mail, $"trust-expiry:{t.Id}:{Day(t.ExpiresAt.Value)}:{self}", ct);
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>"Is this still right?" for a listed entry not verified for the period: optional, once per verification.</summary>
    private async Task<int> VerifyEntryAsync(DateTimeOffset now, Dictionary<string, string> names, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var earliest = today.AddMonths(
            -names.Keys.Select(c => Periods(c).VerifyAfterMonths ?? 0).DefaultIfEmpty(0).Min()
        );
        var stale = await db
            .Professionals.AsNoTracking()
            .Include(p => p.ContactPoints)
            .Include(p => p.Municipalities)
            .Where(p =>
                p.IsActive
                && p.ListingStatus == ListingStatus.Listed
                && p.OptionalReminders
                && p.LastVerifiedOn <= earliest
            )
            .ToListAsync(ct);
        var queued = 0;
        foreach (var p in stale)
        {
            var months = p
                .Municipalities.Select(m => Periods(m.MunicipalityCode).VerifyAfterMonths ?? 0)
                .DefaultIfEmpty(0)
                .Min();
            if (p.LastVerifiedOn > today.AddMonths(-months))
                continue;
            var mail = templates.VerifyEntry(new VerifyEntryMail(p.DisplayName, p.LastVerifiedOn, MailLanguage.Nl));
            queued += await QueueAsync(p, mail, $"verify-entry:{p.Id}:{p.LastVerifiedOn:yyyyMMdd}", ct);
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>A proposal unanswered for the period: the one who must answer, once.</summary>
    private async Task<int> ProposalsAsync(DateTimeOffset now, Dictionary<string, string> names, CancellationToken ct)
    {
        var latest = now.AddDays(-names.Keys.Select(c => Periods(c).ProposalAfterDays ?? 0).DefaultIfEmpty(0).Min());
        var open = await db
            .TrustRelationships.AsNoTracking()
            .Where(t => t.Status == TrustStatus.Proposed && t.ProposedAt <= latest)
            .ToListAsync(ct);
        open = [.. open.Where(t => t.ProposedAt <= now.AddDays(-(Periods(t.MunicipalityCode).ProposalAfterDays ?? 0)))];
        var people = await PeopleAsync(open.SelectMany(t => new[] { t.ProposerId, t.RecipientId }), ct);
        var queued = 0;
        foreach (var t in open)
        {
            if (!people.TryGetValue(t.RecipientId, out var to) || !people.TryGetValue(t.ProposerId, out var from))
                continue;
            var mail = templates.ProposalReminder(
                new ProposalReminderMail(
                    to.DisplayName,
                    from.DisplayName,
                    names[t.MunicipalityCode],
                    t.ProposedAt,
                    MailLanguage.Nl
                )
            );
            queued += await QueueAsync(to, mail, $"trust-proposal:{t.Id}", ct);
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>
    /// An invitation not accepted after the period is sent once more. Only the hash of its link is stored, so the
    /// reminder carries a new link, which replaces the old one in the same save.
    /// </summary>
    private async Task<int> InvitationsAsync(DateTimeOffset now, Dictionary<string, string> names, CancellationToken ct)
    {
        var latest = now.AddDays(-names.Keys.Select(c => Periods(c).InvitationAfterDays ?? 0).DefaultIfEmpty(0).Min());
        var open = await db
            .Invitations.Where(i =>
                i.AcceptedAt == null
                && i.RevokedAt == null
                && i.RemindedAt == null
                && i.ExpiresAt > now
                && i.CreatedAt <= latest
            )
            .ToListAsync(ct);
        var people = await PeopleAsync(open.Select(i => i.ProfessionalId), ct, includePending: true);
        var workshops = await db
            .Workshops.AsNoTracking()
            .Where(w => open.Select(i => i.WorkshopId).Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, ct);
        var queued = 0;
        foreach (var invitation in open)
        {
            if (!people.TryGetValue(invitation.ProfessionalId, out var p))
                continue;
            var workshop = invitation.WorkshopId is { } w ? workshops.GetValueOrDefault(w) : null;
            var code = workshop?.MunicipalityCode ?? p.Municipalities.Select(m => m.MunicipalityCode).First();
            if (invitation.CreatedAt > now.AddDays(-(Periods(code).InvitationAfterDays ?? 0)))
                continue;
            var token = InvitationService.NewToken();
            var mail = templates.InvitationReminder(
                new InvitationReminderMail(
                    p.DisplayName,
                    names[code],
                    workshop?.Title,
                    InvitationService.LinkPrefix + token,
                    invitation.ExpiresAt,
                    MailLanguage.Nl
                )
            );
            if (await QueueAsync(p, mail, $"invitation-reminder:{invitation.Id}", ct) == 0)
                continue;
            invitation.TokenHash = InvitationService.Hash(token);
            invitation.RemindedAt = now;
            queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>On the municipality's digest day: each coordinator of it with a verified address, once a week.</summary>
    private async Task<int> DigestsAsync(DateTimeOffset now, Dictionary<string, string> names, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var week = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)); // the Monday of this week
        var due = names.Keys.Where(c => Periods(c).DigestDay == today.DayOfWeek).ToList();
        if (due.Count == 0)
            return 0;
        var coordinators = await db
            .RoleGrants.AsNoTracking()
            .Where(r => r.RevokedAt == null && r.MunicipalityCode != null && due.Contains(r.MunicipalityCode))
            .Join(db.Accounts, r => r.AccountId, a => a.Id, (r, a) => new { r.MunicipalityCode, Account = a })
            .Where(x => x.Account.VerifiedEmail != null)
            .ToListAsync(ct);
        var linked = coordinators.Select(c => c.Account.ProfessionalId).OfType<Guid>().Distinct().ToList();
        var optedOut = (
            await db
                .Professionals.Where(p => linked.Contains(p.Id) && !p.OptionalReminders)
                .Select(p => p.Id)
                .ToListAsync(ct)
        ).ToHashSet();
        var queued = 0;
        foreach (var code in due)
        {
            var to = coordinators
                .Where(c => c.MunicipalityCode == code)
                .Where(c => c.Account.ProfessionalId is not { } p || !optedOut.Contains(p))
                .ToList();
            if (to.Count == 0)
                continue;
            var mail = templates.CoordinatorDigest(await DigestAsync(code, names[code], now, week, ct));
            foreach (var c in to)
                if (
                    await outbox.AddAsync(
                        db,
                        c.Account.VerifiedEmail!,
                        mail,
                        $"digest:{code}:{week:yyyyMMdd}:{c.Account.Id}",
                        ct
                    )
                )
                    queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    private async Task<CoordinatorDigestMail> DigestAsync(
        string code,
        string name,
        DateTimeOffset now,
        DateOnly week,
        CancellationToken ct
    )
    {
        var periods = Periods(code);
        var inMunicipality = db.Professionals.Where(p =>
            p.IsActive && p.Municipalities.Any(m => m.MunicipalityCode == code)
        );
        var pending = await inMunicipality
            .Where(p => p.ListingStatus == ListingStatus.Pending)
            .OrderBy(p => p.FamilyName)
            .Select(p => p.GivenName + " " + p.FamilyName)
            .Take(20)
            .ToListAsync(ct);
        var trust = db.TrustRelationships.Where(t => t.MunicipalityCode == code);
        var expiring = now.AddDays(periods.TrustExpiryDays ?? 0);
        var stale = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-(periods.VerifyAfterMonths ?? 0));
        return new CoordinatorDigestMail(
            name,
            week,
            pending,
            await trust.CountAsync(t => t.Status == TrustStatus.Proposed, ct),
            await trust.CountAsync(
                t => t.Status == TrustStatus.Confirmed && t.ExpiresAt > now && t.ExpiresAt <= expiring,
                ct
            ),
            await inMunicipality.CountAsync(
                p => p.ListingStatus == ListingStatus.Listed && p.LastVerifiedOn <= stale,
                ct
            ),
            MailLanguage.Nl
        );
    }

    private async Task<int> QueueAsync(Professional to, RenderedMail mail, string key, CancellationToken ct) =>
        MailAddresses.Of(to) is { } address && await outbox.AddAsync(db, address, mail, key, ct) ? 1 : 0;

    private async Task<Dictionary<Guid, Professional>> PeopleAsync(
        IEnumerable<Guid> ids,
        CancellationToken ct,
        bool includePending = false
    )
    {
        var list = ids.Distinct().ToList();
        return await db
            .Professionals.AsNoTracking()
            .Include(p => p.ContactPoints)
            .Include(p => p.Municipalities)
            .Where(p =>
                list.Contains(p.Id) && p.IsActive && (includePending || p.ListingStatus == ListingStatus.Listed)
            )
            .ToDictionaryAsync(p => p.Id, ct);
    }

    private static string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Takes the job's lease unless another instance holds it; the row is made the first time.</summary>
    private async Task<bool> TryLeaseAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await db.Set<JobLease>().AnyAsync(l => l.Name == Job, ct))
        {
            db.Add(new JobLease { Name = Job, LeasedUntil = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance made it first.
            }
            db.ChangeTracker.Clear();
        }
        var until = now.Add(LeaseFor);
        return await db.Set<JobLease>()
                .Where(l => l.Name == Job && (l.Holder == null || l.LeasedUntil <= now))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(l => l.Holder, _holder).SetProperty(l => l.LeasedUntil, until),
                    ct
                ) == 1;
    }
}
