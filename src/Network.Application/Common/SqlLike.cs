namespace Network.Application.Common;

/// <summary>
/// Name searches: SQLite's LIKE ignores case for ASCII letters only; on PostgreSQL the services use ILIKE, which on
/// the "C"-collated columns (see <see cref="Persistence.NetworkDbContext"/>) folds ASCII letters only as well, so
/// "jan" finds "Jan" on both and "é" finds "é" but not "É" on both.
/// </summary>
public static class SqlLike
{
    /// <summary>Escapes LIKE wildcards so a search term matches literally (used with escape character '\').</summary>
    public static string Escape(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public static string Contains(string term) => $"%{Escape(term.Trim())}%";
}
