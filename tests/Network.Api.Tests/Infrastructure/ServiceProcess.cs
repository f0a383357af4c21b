using System.Diagnostics;
using System.Text;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// The built service as a real child process (<c>dotnet Network.Api.dll</c>, copied next to the tests by the project
/// reference), for what only a real process shows: its exit code and what it prints before it stops.
/// </summary>
public static class ServiceProcess
{
    public sealed record Outcome(int? ExitCode, bool Listened, string Output);

    /// <summary>
    /// Starts the service on the given connection string and waits until it exits or says it is listening
    /// (then it is stopped: a service that listens did not refuse to start).
    /// </summary>
    public static async Task<Outcome> StartAsync(string connectionString, TimeSpan? timeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Network.Api.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Network"] = connectionString;
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        var listening = new TaskCompletionSource();
        using var process = new Process { StartInfo = start };
        void Collect(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            if (line.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(exited, listening.Task, Task.Delay(timeout ?? TimeSpan.FromSeconds(90)));
        var listened = first == listening.Task;
        if (first != exited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            lock (output) return new Outcome(null, listened, output.ToString());
        }
        await process.WaitForExitAsync(); // drains the redirected streams
        lock (output) return new Outcome(process.ExitCode, false, output.ToString());
    }
}
