using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Network.Application.Persistence;

/// <summary>
/// How the store keeps a <see cref="DateTimeOffset"/> (EF's binary encoding, see <see cref="NetworkDbContext"/>), for
/// the few places that read or write rows without EF: the trust graph loader and the synthetic-network generator.
/// </summary>
public static class StoredTime
{
    private static readonly Func<long, DateTimeOffset> FromStore =
        new DateTimeOffsetToBinaryConverter().ConvertFromProviderExpression.Compile();
    private static readonly Func<DateTimeOffset, long> ToStore =
        new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    public static long Encode(DateTimeOffset value) => ToStore(value);

    public static DateTimeOffset Decode(long stored) => FromStore(stored);
}
