using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;

namespace Network.Api.Tests.Catalogues;

/// <summary>
/// Catalogue ETags are content hashes, so the save itself must be conditional: an editor who read the old content
/// cannot overwrite a change saved in between (the services turn this into 412, as for versioned entities).
/// </summary>
public sealed class CatalogueConcurrencyTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task A_profession_read_before_someone_else_saved_cannot_be_saved_over_it()
    {
        var admin = factory.ClientFor("admin");
        var read = await admin.GetAsync("/api/v1/professions/teacher");
        await read.ExpectAsync(HttpStatusCode.OK);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var stale = await db.Professions.SingleAsync(p => p.Id == "teacher");

        var change = new
        {
            name = "Teacher (primary and secondary)",
            nameNl = "Leraar",
            regime = "generalDataProtection",
            legalSource = "AVG",
        };
        await (await admin.PutJsonAsync("/api/v1/professions/teacher", change, read.Headers.ETag!.Tag)).ExpectAsync(
            HttpStatusCode.OK
        );

        stale.LegalSource = "overwritten";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        var now = await (await admin.GetAsync("/api/v1/professions/teacher")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("AVG", now!["legalSource"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_concern_type_whose_expertise_tags_changed_since_reading_cannot_be_saved_over_them()
    {
        var admin = factory.ClientFor("admin");
        var read = await admin.GetAsync("/api/v1/concern-types/polarisation");
        var concern = await read.ExpectAsync(HttpStatusCode.OK);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var stale = await db.ConcernTypes.SingleAsync(c => c.Id == "polarisation");

        var change = new
        {
            name = concern!["name"]!.GetValue<string>(),
            nameNl = concern["nameNl"]!.GetValue<string>(),
            description = concern["description"]!.GetValue<string>(),
            expertiseTags = new[] { "polarisation", "dialogue" },
        };
        await (
            await admin.PutJsonAsync("/api/v1/concern-types/polarisation", change, read.Headers.ETag!.Tag)
        ).ExpectAsync(HttpStatusCode.OK);

        stale.Description = "overwritten";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }
}
