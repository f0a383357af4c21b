using Network.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// No N+1: the number of SQL reads for a GraphQL request stays the same whether it asks for a few objects or
/// many, because lists are one application call and nested or repeated lookups go through batch loaders.
/// (Writes are the audit trail's rows for restricted reads, which the application layer records per contact point.)
/// </summary>
public sealed class BatchLoadingTests(SqlCountingFactory factory, ITestOutputHelper output)
    : IClassFixture<SqlCountingFactory>
{
    /// <summary>Count + page + one split query per included collection (domains, municipalities, contact points).</summary>
    private const int ListBound = 5;

    /// <summary>One visible-set query + one split query per included collection.</summary>
    private const int BatchBound = 4;

    /// <summary>
    /// Measured 20 for coordinators and admins (15 for a professional): the page of professionals with its split
    /// includes, then one batch per nested level (memberships' organisations, trust of all professionals, trust parties).
    /// </summary>
    private const int ProfessionalsBound = 20;

    /// <summary>Members of all organisations of the page: one batch (measured 7 reads).</summary>
    private const int MembersBound = 7;

    private static async Task<List<string>> SeedAsync(HttpClient client, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
            ids.Add(await client.CreateOrganisationAsync($"Batch School {i:00}"));
        return ids;
    }

    private async Task<int> CommandsFor(HttpClient client, string query, object? variables = null)
    {
        factory.Counter.Reset();
        (await client.GraphQLAsync(query, variables)).Ok();
        output.WriteLine(
            $"{factory.Counter.Reads} SQL reads, {factory.Counter.Writes} writes for {query.ReplaceLineEndings(" ")[..Math.Min(60, query.Length)]}..."
        );
        return factory.Counter.Reads;
    }

    [Fact]
    public async Task A_page_of_50_organisations_with_nested_fields_costs_a_fixed_number_of_commands()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        await SeedAsync(client, 50);
        const string query = """
            query($n: Int) { organisations(first: $n, name: "Batch School") { totalCount edges { cursor node {
              id databaseId name kind domains municipalities version updatedAt contactPoints { channel value label } } } } }
            """;
        var few = await CommandsFor(client, query, new { n = 3 });
        var many = await CommandsFor(client, query, new { n = 50 });
        Assert.InRange(many, 1, ListBound);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task Fifty_node_lookups_in_one_request_are_one_batch()
    {
        var client = factory.ClientFor("coordinator.amberveen");
        var ids = await SeedAsync(client, 50);
        const string query =
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name contactPoints { value } } } }";
        var few = await CommandsFor(client, query, new { ids = ids.Take(2) });
        var many = await CommandsFor(client, query, new { ids });
        Assert.InRange(many, 1, BatchBound);
        Assert.Equal(few, many);

        var aliased = await CommandsFor(
            client,
            "query($a: ID!, $b: ID!, $c: ID!) { a: organisation(id: $a) { name } b: organisation(id: $b) { name } c: node(id: $c) { id } }",
            new
            {
                a = ids[0],
                b = ids[1],
                c = ids[2],
            }
        );
        Assert.InRange(aliased, 1, BatchBound);
    }

    [Theory]
    [InlineData("newcomer.amberveen")]
    [InlineData("coordinator.amberveen")]
    [InlineData("admin")]
    public async Task Fifty_professionals_with_organisations_contact_points_and_trust_cost_a_fixed_number_of_commands(
        string login
    )
    {
        var client = factory.ClientFor(login);
        const string query = """
            query($n: Int) { professionals(first: $n) { totalCount edges { node {
              id displayName contactPoints { channel value visibility }
              memberships { roleTitle organisation { id name contactPoints { value } } }
              trustRelationships { status proposer { professional { displayName } } recipient { displayName } } } } } }
            """;
        var few = await CommandsFor(client, query, new { n = 2 });
        var many = await CommandsFor(client, query, new { n = 50 });
        Assert.InRange(many, 1, ProfessionalsBound);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task Organisations_with_their_members_cost_a_fixed_number_of_commands()
    {
        var client = factory.ClientFor("newcomer.amberveen");
        const string query =
            "query($n: Int) { organisations(first: $n) { edges { node { name members { displayName contactPoints { value } } } } } }";
        var few = await CommandsFor(client, query, new { n = 1 });
        var many = await CommandsFor(client, query, new { n = 50 });
        Assert.InRange(many, 1, ListBound + MembersBound);
        Assert.Equal(few, many);
    }
}
