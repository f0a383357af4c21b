using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Common;
using Network.Application.Persistence;
using Network.Application.Professionals;
using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Api.Tests.Workshops;

/// <summary>
/// Consent first: a professional created from an attendance list is seen only by coordinators until they accept
/// being listed. The acceptance is self-service (wired to /me by the self-service door); here it is called as the
/// application layer exposes it, with the same viewer a token would give.
/// </summary>
public sealed class ListingConsentTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly NetworkArrange _arrange = new(factory);

    private sealed class FixedViewer(Viewer viewer) : ICurrentViewer
    {
        public Viewer Viewer { get; } = viewer;
    }

    private static Viewer ProfessionalViewer(Guid id) =>
        new($"test-{id:N}", ViewerRole.Professional, new HashSet<string> { NetworkArrange.Amberveen }, id, new HashSet<string>());

    private static readonly Viewer SystemClient =
        new("system", ViewerRole.System, new HashSet<string> { NetworkArrange.Amberveen }, null, new HashSet<string> { NetworkClaims.ScopeDirectoryRead });

    private static readonly Viewer Coordinator =
        new("coordinator", ViewerRole.Coordinator, new HashSet<string> { NetworkArrange.Amberveen }, null, new HashSet<string>());

    private async Task<T> AsAsync<T>(Viewer viewer, Func<NetworkDbContext, AccessPolicy, AuditLog, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var current = new FixedViewer(viewer);
        return await action(db, new AccessPolicy(current, db, TimeProvider.System), new AuditLog(db, current, TimeProvider.System));
    }

    private Task<bool> SeesAsync(Viewer viewer, Guid id) =>
        AsAsync(viewer, (db, access, _) => access.VisibleProfessionals(db.Professionals).AnyAsync(p => p.Id == id));

    [Fact]
    public async Task An_imported_professional_is_seen_by_coordinators_only_until_they_accept_being_listed()
    {
        await _arrange.OrganisationAsync("Toestemming");
        var colleague = await _arrange.ProfessionalAsync("Cees", "Collega", await _arrange.OrganisationAsync("Andere"));
        var workshop = (await (await factory.ClientFor("coordinator.amberveen").PostJsonAsync("/api/v1/workshops", WorkshopApiTests.NewWorkshop("Toestemming"))).ExpectAsync(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var csv = $"name;email;organisation;profession\nTine Toestemming;tine.{_arrange.Suffix}@example.org;Toestemming {_arrange.Suffix};jongerenwerker\n";
        var imported = await (await AttendanceImportApiTests.ImportAsync(factory.ClientFor("coordinator.amberveen"), workshop, csv)).ExpectAsync(HttpStatusCode.OK);
        var tine = Guid.Parse(imported!["lines"]![0]!["professionalId"]!.GetValue<string>());

        Assert.True(await SeesAsync(Coordinator, tine));
        Assert.False(await SeesAsync(ProfessionalViewer(colleague), tine));
        Assert.False(await SeesAsync(SystemClient, tine));
        Assert.True(await SeesAsync(ProfessionalViewer(tine), tine)); // one always sees oneself

        var emailId = await factory.WithDbAsync(db => db.ContactPoints.Where(c => c.ProfessionalId == tine).Select(c => c.Id).SingleAsync());
        var listing = await AsAsync(ProfessionalViewer(tine), (db, access, audit) =>
            new ListingConsent(db, access, audit, TimeProvider.System).AcceptListingAsync([new(emailId, VisibilityLevel.Trusted)], CancellationToken.None));

        Assert.Equal(ListingStatus.Listed, listing.ListingStatus);
        Assert.Equal(VisibilityLevel.Trusted, listing.ContactPoints.Single().Visibility);
        Assert.True(await SeesAsync(ProfessionalViewer(colleague), tine));
        Assert.True(await SeesAsync(SystemClient, tine));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "professional.listing-accept" && e.SubjectProfessionalId == tine)));
    }

    [Fact]
    public async Task Choices_for_someone_elses_contact_point_are_refused_and_change_nothing()
    {
        var org = await _arrange.OrganisationAsync("Keuze");
        var me = await _arrange.ProfessionalAsync("Mies", "Mij", org, email: $"mies.{_arrange.Suffix}@example.org", listing: ListingStatus.Pending);
        var other = await _arrange.ProfessionalAsync("Ole", "Ander", org, email: $"ole.{_arrange.Suffix}@example.org");
        var othersEmail = await factory.WithDbAsync(db => db.ContactPoints.Where(c => c.ProfessionalId == other).Select(c => c.Id).SingleAsync());

        var error = await Assert.ThrowsAsync<ValidationException>(() => AsAsync(ProfessionalViewer(me), (db, access, audit) =>
            new ListingConsent(db, access, audit, TimeProvider.System).AcceptListingAsync([new(othersEmail, VisibilityLevel.Public), new(null, null)], CancellationToken.None)));
        Assert.Equal(["visibilityChoices[0].contactPointId", "visibilityChoices[1].contactPointId"], error.Errors.Keys.Order());
        Assert.Equal(ListingStatus.Pending, await factory.WithDbAsync(db => db.Professionals.Where(p => p.Id == me).Select(p => p.ListingStatus).SingleAsync()));

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Coordinator, (db, access, audit) =>
            new ListingConsent(db, access, audit, TimeProvider.System).AcceptListingAsync([], CancellationToken.None)));
    }
}
