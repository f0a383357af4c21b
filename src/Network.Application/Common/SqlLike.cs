namespace Network.Application.Common;

public static class SqlLike
{
    /// <summary>Escapes LIKE wildcards so a search term matches literally (used with escape character '\').</summary>
    public static string Escape(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public static string Contains(string term) => $"%{Escape(term.Trim())}%";
}
