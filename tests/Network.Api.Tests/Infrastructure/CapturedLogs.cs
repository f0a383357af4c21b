using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// Keeps every log entry the host writes (at the levels its configuration lets through), message and exception
/// text together, so a test can assert that no request text ended up in the logs.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => logs._entries.Enqueue((logLevel, $"{category}: {formatter(state, exception)} {exception}"));
    }
}
