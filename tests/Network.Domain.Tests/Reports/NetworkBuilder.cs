using Network.Domain.Reports;
using Network.Domain.Trust;

namespace Network.Domain.Tests.Reports;

/// <summary>Hand-made networks for the metric tests: people by name, trust by pairs of names.</summary>
internal sealed class NetworkBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<ReportPerson> _people = [];
    private readonly List<ReportTrust> _trust = [];
    private readonly List<ReportOrganisation> _organisations = [];
    private readonly List<ReportRoute> _routes = [];
    private readonly List<ReportConcernType> _concerns = [];

    public static IReadOnlyList<ReportDomain> Domains { get; } =
    [
        new("youth", "Youth", "Jeugd"),
        new("safety", "Safety", "Veiligheid"),
        new("education", "Education", "Onderwijs"),
        new("care", "Care", "Zorg"),
    ];

    public Guid this[string name] => _people.Single(p => p.Name == name).Id;

    public NetworkBuilder Person(
        string name,
        string domain = "youth",
        bool active = true,
        bool listed = true,
        DateOnly? verified = null,
        Guid? organisation = null,
        DateTimeOffset? created = null
    )
    {
        _people.Add(
            new ReportPerson(
                Id(name),
                name,
                [domain],
                organisation is { } o ? [o] : [],
                active,
                listed,
                verified ?? DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-10),
                CreatedAt: created
            )
        );
        return this;
    }

    public NetworkBuilder People(string domain, params string[] names)
    {
        foreach (var n in names)
            Person(n, domain);
        return this;
    }

    public NetworkBuilder Trust(
        string a,
        string b,
        TrustStatus status = TrustStatus.Confirmed,
        DateTimeOffset? confirmed = null,
        Guid? workshop = null,
        DateTimeOffset? revoked = null,
        int validityMonths = 24
    )
    {
        var at = confirmed ?? Now.AddMonths(-1);
        var wasConfirmed = status is TrustStatus.Confirmed or TrustStatus.Revoked;
        _trust.Add(
            new ReportTrust(
                Guid.NewGuid(),
                this[a],
                this[b],
                status,
                at.AddDays(-1),
                wasConfirmed ? at : null,
                wasConfirmed ? at : null,
                wasConfirmed ? at.AddMonths(validityMonths) : null,
                revoked,
                workshop
            )
        );
        return this;
    }

    /// <summary>Confirmed trust along a chain: Chain("a","b","c") is a–b and b–c.</summary>
    public NetworkBuilder Chain(params string[] names)
    {
        for (var i = 0; i + 1 < names.Length; i++)
            Trust(names[i], names[i + 1]);
        return this;
    }

    public NetworkBuilder Organisation(Guid id, string name, params string[] domains)
    {
        _organisations.Add(new ReportOrganisation(id, name, domains));
        return this;
    }

    public NetworkBuilder Concern(string id, bool routed = true, params string[] contacts)
    {
        _concerns.Add(new ReportConcernType(id, id, id + "-nl"));
        if (routed)
            _routes.Add(new ReportRoute(id, contacts.Length + 1, contacts.Select(c => this[c]).ToList()));
        return this;
    }

    public NetworkSnapshot Build() =>
        new("GM0001", "Testdorp", Now, Domains, _organisations, _people, _trust, _concerns, _routes);

    public NetworkReport Analyze() => NetworkAnalyzer.Analyze(Build());

    /// <summary>Stable ids per name, so tests can compare runs.</summary>
    private static Guid Id(string name) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
}
