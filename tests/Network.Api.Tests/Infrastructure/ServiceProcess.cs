using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace Network.Api.Tests.Infrastructure;

/// <summary>
/// The built service as a real child process (<c>dotnet Network.Api.dll</c>, copied next to the tests by the project
/// reference), for what only a real process shows: a <c>kill -9</c>, its exit code, what it prints before it stops.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public sealed record Outcome(int? ExitCode, bool Listened, string Output);

    private ServiceProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        Client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Url { get; }
    public HttpClient Client { get; }
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts the service in Development on a free local port with <paramref name="connectionString"/>.</summary>
    public static ServiceProcess Start(string connectionString, IDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Network.Api.dll"),
                "--urls",
                $"http://127.0.0.1:{port}",
            },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Network"] = connectionString;
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        var process = new Process { StartInfo = info };
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => service.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => service.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// Starts the service and waits until it exits or says it is listening (then it is stopped: a service that
    /// listens did not refuse to start).
    /// </summary>
    public static async Task<Outcome> StartAsync(
        string connectionString,
        TimeSpan? timeout = null,
        IDictionary<string, string>? environment = null
    )
    {
        await using var service = Start(connectionString, environment);
        var exited = service._process.WaitForExitAsync();
        var first = await Task.WhenAny(
            exited,
            service._listening.Task,
            Task.Delay(timeout ?? TimeSpan.FromSeconds(90))
        );
        if (first != exited)
        {
            service.KillHard();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return new Outcome(null, first == service._listening.Task, service.Output);
        }
        await service._process.WaitForExitAsync(); // drains the redirected streams
        return new Outcome(service._process.ExitCode, false, service.Output);
    }

    /// <summary>Waits until /health/ready answers 200; fails with the service's output if it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new Xunit.Sdk.XunitException($"the service exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"the service did not become ready:\n{Output}");
    }

    /// <summary>A Development token for a demo login, from the service's own /dev/token.</summary>
    public async Task<HttpClient> ClientForAsync(string login)
    {
        var token = await (await Client.PostAsJsonAsync("/dev/token", new { user = login })).ExpectAsync(
            HttpStatusCode.OK
        );
        var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token!["accessToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, no disposal runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            KillHard();
        Client.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Collect(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (line.Contains("Now listening on", StringComparison.Ordinal))
            _listening.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
