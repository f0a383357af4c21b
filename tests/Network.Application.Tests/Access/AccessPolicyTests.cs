using Microsoft.EntityFrameworkCore;
using Network.Application.Access;
using Network.Application.Common;
using Network.Application.Persistence.Seeding;
using Network.Domain.Professionals;

namespace Network.Application.Tests.Access;

/// <summary>The access rules themselves, for every demo login, over the demo network: no HTTP, no door.</summary>
public sealed class AccessPolicyTests(DemoStore store) : IClassFixture<DemoStore>
{
    public static TheoryData<string> Logins => new(DemoNetwork.Users.Select(u => u.Login));

    private static DemoUser User(string login) => DemoNetwork.Users.Single(u => u.Login == login);

    /// <summary>The in-memory rules the lookup uses are the query filters' rule: equal for every login and object.</summary>
    [Theory]
    [MemberData(nameof(Logins))]
    public async Task In_memory_rules_agree_with_the_query_filters(string login)
    {
        await using var db = store.Open();
        var access = DemoStore.PolicyFor(DemoStore.ViewerOf(User(login)), db);

        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Municipalities).ToListAsync();
        var visibleOrganisations = await access.VisibleOrganisations(db.Organisations).Select(o => o.Id).ToListAsync();
        foreach (var o in organisations)
            Assert.Equal(
                visibleOrganisations.Contains(o.Id),
                access.CanSeeOrganisation(o.IsActive, o.Municipalities.Select(m => m.MunicipalityCode))
            );

        var professionals = await db.Professionals.AsNoTracking().Include(p => p.Municipalities).ToListAsync();
        var visibleProfessionals = await access.VisibleProfessionals(db.Professionals).Select(p => p.Id).ToListAsync();
        foreach (var p in professionals)
            Assert.Equal(
                visibleProfessionals.Contains(p.Id),
                access.CanSeeProfessional(
                    p.Id,
                    p.IsActive,
                    p.ListingStatus == ListingStatus.Listed,
                    p.Municipalities.Select(m => m.MunicipalityCode)
                )
            );

        var covenants = await db.Covenants.AsNoTracking().Include(c => c.Municipalities).ToListAsync();
        var visibleCovenants = await access.VisibleCovenants(db.Covenants).Select(c => c.Id).ToListAsync();
        foreach (var c in covenants)
            Assert.Equal(
                visibleCovenants.Contains(c.Id),
                access.CanSeeCovenant(c.Municipalities.Select(m => m.MunicipalityCode))
            );
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Only_coordinators_and_admins_create_and_read_the_audit_trail(string login)
    {
        var user = User(login);
        await using var db = store.Open();
        var access = DemoStore.PolicyFor(DemoStore.ViewerOf(user), db);
        var maintainer = user.Role is ViewerRole.Admin or ViewerRole.Coordinator;

        Assert.Equal(!maintainer, Throws<ForbiddenException>(() => access.EnsureCanCreate("create things")));
        Assert.Equal(!maintainer, Throws<ForbiddenException>(() => access.VisibleAuditEvents(db.AuditEvents)));
        if (user.Role == ViewerRole.Coordinator)
        {
            var codes = await access
                .VisibleAuditEvents(db.AuditEvents)
                .Select(a => a.MunicipalityCode)
                .Distinct()
                .ToListAsync();
            Assert.All(codes, c => Assert.Contains(c!, user.Municipalities));
        }
        Assert.Equal(
            user.Role == ViewerRole.Admin
                || user.Role == ViewerRole.Coordinator && user.Municipalities.Contains(DemoNetwork.Amberveen),
            access.CanCreateIn([DemoNetwork.Amberveen])
        );
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public void Only_professionals_act_as_themselves_and_the_lookup_scope_admits_systems(string login)
    {
        var user = User(login);
        using var db = store.Open();
        var access = DemoStore.PolicyFor(DemoStore.ViewerOf(user), db);

        Assert.Equal(user.Role == ViewerRole.Professional ? user.ProfessionalId : null, access.Self);
        Assert.Equal(user.Role != ViewerRole.Professional, Throws<ForbiddenException>(() => access.RequireSelf("no")));
        var mayAsk =
            user.Role is ViewerRole.Professional or ViewerRole.Coordinator
            || user.Scopes.Contains(NetworkClaims.ScopeLookup);
        Assert.Equal(!mayAsk, Throws<ForbiddenException>(access.EnsureCanAskLookup));
    }

    [Fact]
    public void Anonymous_reads_and_creates_nothing()
    {
        using var db = store.Open();
        var access = DemoStore.PolicyFor(Viewer.Anonymous, db);
        Assert.False(access.CanReadCatalogues);
        Assert.False(access.CanSeeOrganisation(isActive: true, [DemoNetwork.Amberveen]));
        Assert.False(
            access.CanSeeProfessional(Guid.NewGuid(), isActive: true, isListed: true, [DemoNetwork.Amberveen])
        );
        Assert.Empty(access.VisibleProfessionals(db.Professionals).ToList());
        Assert.True(Throws<ForbiddenException>(() => access.EnsureCanCreate("create things")));
    }

    private static bool Throws<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (T)
        {
            return true;
        }
    }
}
