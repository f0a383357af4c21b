using System.Net;
using Microsoft.EntityFrameworkCore;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.ApiRules;

/// <summary>/core/date-time: RFC 3339 in, UTC out.</summary>
public sealed class DateTimeTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Date_times_stored_with_an_offset_are_answered_in_utc_with_z()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (
            await client.PostJsonAsync(
                "/api/v1/organisations",
                new
                {
                    name = "Offset College",
                    kind = "school",
                    domains = new[] { "education" },
                    municipalities = new[] { "GM9901" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        var id = Guid.Parse(created!["id"]!.GetValue<string>());
        var local = new DateTimeOffset(2026, 3, 29, 2, 30, 15, TimeSpan.FromHours(2)).AddMilliseconds(125);
        await factory.WithDbAsync(db =>
            db.Organisations.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedAt, local))
        );

        var read = await (await client.GetAsync($"/api/v1/organisations/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-03-29T00:30:15.125Z", read!["updatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Whole_seconds_are_written_without_a_fraction()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var created = await (
            await client.PostJsonAsync(
                "/api/v1/organisations",
                new
                {
                    name = "Whole Second College",
                    kind = "school",
                    domains = new[] { "education" },
                    municipalities = new[] { "GM9901" },
                }
            )
        ).ExpectAsync(HttpStatusCode.Created);
        var id = Guid.Parse(created!["id"]!.GetValue<string>());
        var whole = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(-5));
        await factory.WithDbAsync(db =>
            db.Organisations.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedAt, whole))
        );

        var read = await (await client.GetAsync($"/api/v1/organisations/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-01-05T14:00:00Z", read!["updatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_date_time_in_a_list_is_utc()
    {
        var list = await (await factory.ClientFor("admin").GetAsync("/api/v1/organisations?pageSize=100")).ExpectAsync(
            HttpStatusCode.OK
        );
        var stamps = list!["items"]!.AsArray().Select(o => o!["updatedAt"]!.GetValue<string>()).ToList();
        Assert.All(stamps, s => Assert.EndsWith("Z", s));
    }
}
