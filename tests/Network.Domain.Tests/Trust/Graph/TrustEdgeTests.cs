using Network.Domain.Trust;
using Network.Domain.Trust.Graph;

namespace Network.Domain.Tests.Trust.Graph;

public sealed class TrustEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private static TrustRelationship Trust(TrustStatus status, DateTimeOffset? lastConfirmed, int validityMonths = 24)
    {
        var t = new TrustRelationship
        {
            ProposerId = Guid.NewGuid(),
            RecipientId = Guid.NewGuid(),
            MunicipalityCode = "GM9901",
        };
        if (lastConfirmed is { } at)
            t.MarkConfirmed(at, validityMonths);
        t.Status = status;
        return t;
    }

    [Theory]
    [InlineData(TrustStatus.Proposed, -1)]
    [InlineData(TrustStatus.Revoked, -1)]
    [InlineData(TrustStatus.Expired, -1)]
    [InlineData(TrustStatus.Confirmed, -25)] // older than the 24-month validity
    public void Only_confirmed_unexpired_trust_becomes_an_edge(TrustStatus status, int monthsAgo) =>
        Assert.Null(TrustEdge.From(Trust(status, Now.AddMonths(monthsAgo)), Now));

    [Fact]
    public void An_edge_expires_exactly_when_the_relationship_stops_granting_visibility()
    {
        var t = Trust(
            TrustStatus.Confirmed,
            new DateTimeOffset(2024, 5, 31, 18, 0, 0, TimeSpan.Zero),
            validityMonths: 22
        );
        var edge = TrustEdge.From(t, Now)!.Value;

        var expiry = new DateTimeOffset(edge.ExpiresAtUtcTicks, TimeSpan.Zero);
        Assert.True(t.GrantsVisibility(expiry.AddTicks(-1)));
        Assert.False(t.GrantsVisibility(expiry));
        Assert.True(edge.IsValidAt(expiry.AddTicks(-1).UtcTicks));
        Assert.False(edge.IsValidAt(expiry.UtcTicks));
        Assert.Equal(new DateOnly(2024, 5, 31), edge.ConfirmedOn);
    }
}
