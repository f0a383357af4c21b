using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence.Seeding;

namespace Network.Api.Tests.Changes;

/// <summary>
/// Issue 12 item 6's proof: for every demo principal, a mirror built from one export and then only the change feed
/// equals a fresh export after random changes of every kind, round after round, with small and large pages.
/// </summary>
public sealed class MirrorTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public async Task Every_demo_principal_keeps_an_exact_mirror_with_the_export_once_and_the_feed_afterwards()
    {
        var clients = DemoNetwork.Users.ToDictionary(u => u.Login, u => factory.ClientFor(u.Login));
        var mirrors = new Dictionary<string, Mirror>();
        foreach (var (login, client) in clients)
            mirrors[login] = await Mirror.ExportAsync(client);
        var script = new ChangeScript(factory, new Random(20261203));

        for (var round = 0; round < 4; round++)
        {
            await script.ApplyAsync(10);
            foreach (var (login, client) in clients)
            {
                var mirror = mirrors[login];
                await mirror.FollowAsync(client, pageSize: round % 2 == 0 ? 3 : 100);
                var differences = mirror.DifferencesTo(await Mirror.ExportAsync(client));
                Assert.True(
                    differences.Count == 0,
                    $"{login}'s mirror after round {round}:\n{string.Join("\n", differences)}\n\nchanges:\n"
                        + string.Join("\n", script.Done)
                );
            }
        }

        // The changes reached the mirrors, removals included, and the system without scope saw nothing at all.
        Assert.True(
            script.Done.Count(d =>
                d.EndsWith(": 200", StringComparison.Ordinal) || d.EndsWith(": 201", StringComparison.Ordinal)
            ) >= 25
        );
        Assert.All(mirrors.Where(m => m.Key != "system.noscope"), m =>
            Assert.True(m.Value.Upserts > 0, $"{m.Key} saw no change")
        );
        Assert.True(mirrors["system.amberveen"].Removals > 0, "the system client was never told of a removal");
        Assert.True(mirrors["teacher.amberveen"].Removals > 0, "the teacher was never told of a removal");
        Assert.Empty(mirrors["system.noscope"].Items);
        Assert.Equal(0, mirrors["system.noscope"].Upserts + mirrors["system.noscope"].Removals);
    }
}
