using Microsoft.Data.Sqlite;

namespace Network.Application.Persistence;

/// <summary>
/// The store's file, read from the connection string, and what can be refused before SQLite opens it: SQLite takes
/// an empty file for a new database and would migrate and seed it, and a folder it cannot create ends in an
/// exception dump. <see cref="Path"/> is null for an in-memory store and for <c>file:</c> URIs (not resolved here).
/// </summary>
internal sealed record StoreFile(string? Path, string Display, bool InMemory, bool ReadOnly)
{
    public static StoreFile From(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? "");
        var source = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory || source is "" or ":memory:";
        var readOnly = builder.Mode == SqliteOpenMode.ReadOnly;
        if (inMemory || source.StartsWith("file:", StringComparison.Ordinal))
            return new(null, source, inMemory, readOnly);
        var path = System.IO.Path.GetFullPath(source);
        return new(path, path, false, readOnly);
    }

    /// <summary>
    /// Refuses a path that is a directory, an empty file and a data folder that cannot be created.
    /// Returns whether this start creates the store (only such a store may receive the demo network).
    /// </summary>
    public bool Prepare()
    {
        if (InMemory)
            return true;
        if (Path is null)
            return false; // a URI: whether it exists is not known here, so it counts as existing
        if (Directory.Exists(Path))
            throw new StoreUnusableException(
                $"Database path {Path} is a directory, not a SQLite file: point ConnectionStrings:Network at a file."
            );
        if (File.Exists(Path))
        {
            if (new FileInfo(Path).Length == 0)
                throw new StoreUnusableException(
                    $"Database file {Path} is empty (0 bytes), so it is not taken as a new "
                        + "store: restore it from a backup, or delete it to start with a new store."
                );
            return false;
        }
        if (ReadOnly)
            return false; // nothing may be created; opening will say the file cannot be opened
        var folder = System.IO.Path.GetDirectoryName(Path);
        try
        {
            if (folder is not null)
                Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnusableException(
                $"Data folder {folder} cannot be created ({OneLine(e.Message)}): create it, "
                    + "or point ConnectionStrings:Network at a folder the service may write."
            );
        }
        return true;
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
