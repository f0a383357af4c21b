using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Network.Application.Changes;

/// <summary>
/// A position in the change log: the last sequence number the client has, and when it was read (for what changes by
/// time alone: trust that expires, a covenant's validity). Opaque to clients: base64url of <c>c1.{seq}.{unixMs}</c>.
/// </summary>
public readonly record struct ChangeCursor(long Seq, DateTimeOffset AsOf)
{
    private const string Prefix = "c1.";

    public override string ToString() =>
        Base64Url.EncodeToString(
            Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Seq}.{AsOf.ToUnixTimeMilliseconds()}")
            )
        );

    public static bool TryParse(string? text, out ChangeCursor cursor)
    {
        cursor = default;
        if (text is null or { Length: 0 or > 100 })
            return false;
        try
        {
            var plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (!plain.StartsWith(Prefix, StringComparison.Ordinal))
                return false;
            var parts = plain[Prefix.Length..].Split('.');
            if (
                parts.Length != 2
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            )
                return false;
            cursor = new ChangeCursor(seq, DateTimeOffset.FromUnixTimeMilliseconds(ms));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
