using Network.Domain.Trust;
using Network.Domain.Trust.Graph;

namespace Network.Domain.Tests.Trust.Graph;

public sealed class TrustEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private static TrustRelationship Trust(TrustStatus status, DateTimeOffset? lastConfirmed) => new()
    {
        ProposerId = Guid.NewGuid(), RecipientId = Guid.NewGuid(), MunicipalityCode = "GM9901",
        Status = status, ConfirmedAt = lastConfirmed, LastConfirmedAt = lastConfirmed,
    };

    [Theory]
    [InlineData(TrustStatus.Proposed, -1)]
    [InlineData(TrustStatus.Revoked, -1)]
    [InlineData(TrustStatus.Expired, -1)]
    [InlineData(TrustStatus.Confirmed, -25)] // older than the 24-month validity
    public void Only_confirmed_unexpired_trust_becomes_an_edge(TrustStatus status, int monthsAgo) =>
        Assert.Null(TrustEdge.From(Trust(status, Now.AddMonths(monthsAgo)), 24, Now));

    [Fact]
    public void An_edge_expires_exactly_when_the_relationship_stops_granting_visibility()
    {
        var t = Trust(TrustStatus.Confirmed, new DateTimeOffset(2024, 5, 31, 18, 0, 0, TimeSpan.Zero));
        var edge = TrustEdge.From(t, 22, Now)!.Value;

        var expiry = new DateTimeOffset(edge.ExpiresAtUtcTicks, TimeSpan.Zero);
        Assert.True(t.GrantsVisibility(expiry.AddTicks(-1), 22));
        Assert.False(t.GrantsVisibility(expiry, 22));
        Assert.True(edge.IsValidAt(expiry.AddTicks(-1).UtcTicks));
        Assert.False(edge.IsValidAt(expiry.UtcTicks));
        Assert.Equal(new DateOnly(2024, 5, 31), edge.ConfirmedOn);
    }
}
