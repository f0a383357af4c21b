using System.Net;
using Network.Api.Tests.Infrastructure;
using Network.Application.Access;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.ContactLookup;

/// <summary>The lookup answers every demo login that may ask, for every concern type, with explanations.</summary>
public sealed class LookupDemoTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    internal static readonly string[] Concerns =
    [
        "radicalisation",
        "polarisation",
        "online-extremism",
        "domestic-violence",
        "mental-health",
    ];

    public static TheoryData<string> Askers =>
        new(
            DemoNetwork
                .Users.Where(u =>
                    u.Role is ViewerRole.Professional or ViewerRole.Coordinator
                    || u.Scopes.Contains(NetworkClaims.ScopeLookup)
                )
                .Select(u => u.Login)
        );

    [Theory]
    [MemberData(nameof(Askers))]
    public async Task Every_demo_asker_gets_an_answer_with_reasons_for_every_concern(string login)
    {
        var user = DemoNetwork.Users.Single(u => u.Login == login);
        var client = factory.ClientFor(login);
        var contacts = 0;
        foreach (var municipality in user.Municipalities)
        foreach (var concern in Concerns)
        {
            var answer = await (
                await client.PostJsonAsync("/api/v1/lookups", new { concernType = concern, municipality })
            ).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(municipality, answer!["municipality"]!.GetValue<string>());
            if (concern == "radicalisation")
                Assert.NotEmpty(answer["route"]!.AsArray()); // both demo municipalities route it
            foreach (var c in answer["contacts"]!.AsArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(c!["reason"]!.GetValue<string>()));
                Assert.False(string.IsNullOrWhiteSpace(c["profession"]!["legalSource"]!.GetValue<string>()));
                contacts++;
            }
        }
        Assert.True(contacts > 0, $"{login} should get at least one contact over all concerns");
    }

    [Fact]
    public async Task Demo_teacher_sees_people_she_trusts_first_with_the_workshop_in_the_reason()
    {
        var answer = await (
            await factory
                .ClientFor("teacher.amberveen")
                .PostJsonAsync("/api/v1/lookups", new { concernType = "radicalisation" })
        ).ExpectAsync(HttpStatusCode.OK);

        var first = answer!["contacts"]![0]!;
        Assert.Equal(1, first["trustDistance"]!.GetValue<int>());
        Assert.StartsWith("You confirmed mutual trust: you → ", first["reason"]!.GetValue<string>());
    }
}
