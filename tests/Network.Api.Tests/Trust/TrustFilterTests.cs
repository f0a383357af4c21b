using System.Net;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Trust;

/// <summary>The status filter takes the values as the API writes them (camelCase), in any casing, and nothing else.</summary>
public sealed class TrustFilterTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    private readonly Scenario _scenario = new(factory);

    [Theory]
    [InlineData("/api/v1/trust-relationships?status=")]
    [InlineData("/api/v1/me/trust-relationships?status=")]
    public async Task Status_filter_takes_the_spelling_the_api_writes(string url)
    {
        var me = await _scenario.AddProfessionalAsync(Scenario.A, "Filterer");
        var other = await _scenario.AddProfessionalAsync(Scenario.A, "Filtered");
        var third = await _scenario.AddProfessionalAsync(Scenario.A, "Trusted");
        await _scenario.AddConfirmedTrustAsync(me, third, Scenario.A);
        var client = _scenario.ClientForProfessional(me, Scenario.A);
        await (await client.PostJsonAsync("/api/v1/trust-relationships", new { professionalId = other })).ExpectAsync(HttpStatusCode.Created);

        foreach (var (spelling, expected) in new[] { ("proposed", "proposed"), ("Proposed", "proposed"), ("CONFIRMED", "confirmed") })
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
        var me = await _scenario.AddProfessionalAsync(Scenario.A, "Asker");
        var problem = await (await _scenario.ClientForProfessional(me, Scenario.A).GetAsync($"/api/v1/trust-relationships?status={status}"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        Assert.Equal("is not one of: proposed, confirmed, revoked, expired", problem["errors"]!["status"]![0]!.GetValue<string>());
    }
}
