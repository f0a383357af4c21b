using System.Text.Json.Nodes;
using CsCheck;
using Network.Api.Tests.Infrastructure;
using Network.Api.Tests.Infrastructure.Fuzzing;

namespace Network.Api.Tests.Trust;

/// <summary>Generated valid and malformed trust proposals (see <see cref="WriteProperty"/>), shaped by the served document.</summary>
public sealed class TrustPropertyTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    [Fact]
    public async Task Trust_proposal_holds_the_write_property()
    {
        var client = factory.ClientFor("newcomer.amberveen");
        var people = await DemoLookups.IdsAsync(
            factory.ClientFor("coordinator.amberveen"),
            "/api/v1/professionals?pageSize=100"
        );
        var valid = Gen.OneOf(people).Select(p => new JsonObject { ["professionalId"] = p });
        var (schema, shape) = (await ServedDocument.ReadAsync(factory)).Body("POST", "/api/v1/trust-relationships");
        // A proposal that looks right may still be refused: to yourself (400), outside your networks (400), or
        // when one is already open between the two (409). Whatever the answer, the store must agree with it.
        await new WriteProperty(factory, client, HttpMethod.Post, "/api/v1/trust-relationships")
        {
            NotEchoed = ["professionalId", "workshopId"],
            Document = schema,
        }.CheckAsync(
            WriteProperty.Mix(
                shape,
                valid,
                valid.Select(o => new FuzzBody(
                    new JsonObject
                    {
                        ["professionalId"] = o["professionalId"]!.GetValue<string>(),
                        ["workshopId"] = Guid.NewGuid().ToString(),
                    }.ToJsonString(),
                    null,
                    Expect.Refused,
                    "a workshop neither took part in"
                )),
                validExpect: Expect.Either,
                document: schema
            )
        );
    }
}
