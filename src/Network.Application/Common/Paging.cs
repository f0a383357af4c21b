using System.Buffers.Text;
using System.Text;

namespace Network.Application.Common;

/// <summary>A page request: an opaque cursor and a size capped at <see cref="MaxSize"/>.</summary>
public sealed record PageRequest(string? After, int? Size)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public int Limit => Size ?? DefaultSize;

    /// <summary>The offset encoded by the cursor. Cursors are opaque to clients so the scheme can change.</summary>
    public int Offset => After is null ? 0 : Cursor.Decode(After);

    public void Validate(Validator v)
    {
        v.When(Size is < 1 or > MaxSize, "pageSize", $"must be between 1 and {MaxSize}");
        if (After is not null && !Cursor.TryDecode(After, out _))
            v.Add("after", "is not a cursor this API issued");
    }
}

/// <summary>One page of results with the cursor of the next page, if any.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, string? NextCursor, int Offset)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), TotalCount, NextCursor, Offset);
}

public static class Cursor
{
    private const string Prefix = "o:";

    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset));

    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        if (cursor.Length > 64)
            return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), out offset)
                && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static int Decode(string cursor) => TryDecode(cursor, out var o) ? o : 0;
}
