using System.Globalization;
using System.Text;

namespace Network.Domain.ContactLookup;

/// <summary>One step on a trust path: the person reached and the trust that links them to the previous one.</summary>
public sealed record TrustHop(string Name, DateOnly ConfirmedOn, string? WorkshopTitle, DateOnly? WorkshopDate);

/// <summary>Why a contact was suggested, in words a professional can check: the trust path, the expertise, the freshness.</summary>
public static class LookupReason
{
    /// <summary>"you → A (workshop 12 March 2026) → B (trust confirmed 3 April 2026)".</summary>
    public static string TrustPath(IReadOnlyList<TrustHop> hops)
    {
        var sb = new StringBuilder("you");
        foreach (var hop in hops)
            sb.Append(" → ").Append(hop.Name).Append(" (").Append(Provenance(hop)).Append(')');
        return sb.ToString();
    }

    public static string Provenance(TrustHop hop) =>
        hop.WorkshopDate is { } date ? $"workshop {Day(date)}" : $"trust confirmed {Day(hop.ConfirmedOn)}";

    /// <param name="hops">The trust path to the contact, empty when there is none within reach.</param>
    public static string Describe(
        IReadOnlyList<TrustHop> hops,
        IReadOnlyCollection<string> matchedTags,
        DateOnly lastVerifiedOn
    )
    {
        var expertise = matchedTags.Count == 0 ? "" : $" Expertise: {string.Join(", ", matchedTags)}.";
        var verified = $" Entry last verified {Day(lastVerifiedOn)}.";
        var trust = hops.Count switch
        {
            0 => $"No trust path within {LookupRanking.MaxTrustDistance} steps; suggested for matching expertise.",
            1 => $"You confirmed mutual trust: {TrustPath(hops)}.",
            2 => $"Through one person you trust: {TrustPath(hops)}.",
            _ => $"Through {hops.Count - 1} people in a chain of trust: {TrustPath(hops)}.",
        };
        return trust + expertise + verified;
    }

    public static string? StaleWarning(DateOnly lastVerifiedOn, DateOnly today) =>
        LookupRanking.IsStale(lastVerifiedOn, today)
            ? $"Not verified since {Day(lastVerifiedOn)} (more than a year): check the details before relying on them."
            : null;

    public static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
