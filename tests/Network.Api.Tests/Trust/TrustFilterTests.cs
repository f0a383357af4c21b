using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.World;

namespace Network.Api.Tests.Trust;

/// <summary>The status filter takes the values as the API writes them (camelCase), in any casing, and nothing else.</summary>
public sealed class TrustFilterTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly TestWorld _world = new(factory);

    [Theory]
    [InlineData("/api/v1/trust-relationships?status=")]
    [InlineData("/api/v1/me/trust-relationships?status=")]
    public async Task Status_filter_takes_the_spelling_the_api_writes(string url)
    {
        var me = await _world.ProfessionalAsync(TestWorld.A, "Filterer");
        var other = await _world.ProfessionalAsync(TestWorld.A, "Filtered");
        var third = await _world.ProfessionalAsync(TestWorld.A, "Trusted");
        await _world.TrustAsync(me, third, TestWorld.A);
        var client = _world.AsProfessional(me, TestWorld.A);
        await (await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = other })).ExpectAsync(
            HttpStatusCode.Created
        );

        foreach (
            var (spelling, expected) in new[]
            {
                ("proposed", "proposed"),
                ("Proposed", "proposed"),
                ("CONFIRMED", "confirmed"),
            }
        )
        {
            var page = await (await client.GetAsync(url + spelling)).ExpectAsync(HttpStatusCode.OK);
            var statuses = page!["items"]!.AsArray().Select(t => t!["status"]!.GetValue<string>()).ToList();
            Assert.Equal([expected], statuses);
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("pending")]
    public async Task Unknown_status_is_a_validation_error_listing_the_values(string status)
    {
        var me = await _world.ProfessionalAsync(TestWorld.A, "Asker");
        var problem = await (
            await _world.AsProfessional(me, TestWorld.A).GetAsync($"/api/v1/trust-relationships?status={status}")
        ).ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        Assert.Equal(
            "is not one of: proposed, confirmed, revoked, expired",
            problem["errors"]!["status"]![0]!.GetValue<string>()
        );
    }
}
