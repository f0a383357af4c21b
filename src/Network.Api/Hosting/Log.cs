namespace Network.Api.Hosting;

/// <summary>
/// Every event the host itself logs, in one place (source-generated). Paths are logged, never query strings,
/// bodies or GraphQL documents: logs hold no request text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Error, "Unhandled exception on {Method} {Path}")]
    public static partial void UnhandledRestException(
        this ILogger logger,
        Exception exception,
        string method,
        string path
    );

    [LoggerMessage(2002, LogLevel.Error, "Unhandled exception in GraphQL field {Path}")]
    public static partial void UnhandledGraphQLException(this ILogger logger, Exception exception, string path);

    [LoggerMessage(2003, LogLevel.Warning, "Sign-in through {Scheme} failed: {Reason}")]
    public static partial void SignInFailed(this ILogger logger, string scheme, string? reason);
}
