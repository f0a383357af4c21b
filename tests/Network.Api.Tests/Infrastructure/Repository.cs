namespace Network.Api.Tests.Infrastructure;

/// <summary>The checked-out repository the tests run from: the folder with Network.sln above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A path inside the repository, e.g. <c>Repository.Path("schema", "network.graphql")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Network.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Network.sln not found above " + AppContext.BaseDirectory);
    }
}
