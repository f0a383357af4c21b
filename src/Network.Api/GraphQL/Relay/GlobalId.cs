using System.Buffers.Text;
using System.Text;

namespace Network.Api.GraphQL.Relay;

/// <summary>
/// Opaque global object ids for <c>node(id:)</c>: base64url of "Type:localId". Clients must not take them
/// apart; the REST id is exposed separately as <c>databaseId</c>.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 200;

    public static string Encode(string typeName, string localId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{localId}"));

    public static string Encode(string typeName, Guid localId) => Encode(typeName, localId.ToString());

    /// <summary>False for anything this API did not issue; callers answer that like an unknown id (NOT_FOUND).</summary>
    public static bool TryDecode(string? globalId, out string typeName, out string localId)
    {
        typeName = localId = "";
        if (string.IsNullOrEmpty(globalId) || globalId.Length > MaxLength)
            return false;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
            return false;
        typeName = text[..colon];
        localId = text[(colon + 1)..];
        return true;
    }

    /// <summary>The Guid behind a global id of <paramref name="typeName"/>, or null when the id is of another type or malformed.</summary>
    public static Guid? ToGuid(string? globalId, string typeName) =>
        TryDecode(globalId, out var type, out var local) && type == typeName && Guid.TryParse(local, out var id)
            ? id
            : null;
}
