using System.Diagnostics;

namespace Network.Api.Rest.Reports;

/// <summary>Where headless Chromium is (<c>Reports:ChromiumPath</c>) and how long a PDF may take.</summary>
public sealed class ReportSettings
{
    public const string Section = "Reports";
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    public int PdfTimeoutSeconds { get; set; } = 60;
}

/// <summary>The PDF cannot be made here now (no Chromium, or it failed): answered as 503.</summary>
public sealed class PdfUnavailableException(string detail) : Exception(detail);

/// <summary>
/// Prints an HTML page to PDF with headless Chromium, the same page the browser shows (print CSS applies). The page
/// is self-contained, so Chromium runs without network access, in a throw-away profile, one process per PDF.
/// </summary>
public sealed partial class ChromiumPdf(
    Microsoft.Extensions.Options.IOptions<ReportSettings> options,
    ILogger<ChromiumPdf> log
)
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium could not print the report (exit {ExitCode})")]
    private static partial void PrintFailed(ILogger logger, int exitCode);

    public async Task<byte[]> RenderAsync(string html, CancellationToken ct)
    {
        var settings = options.Value;
        if (!File.Exists(settings.ChromiumPath))
            throw new PdfUnavailableException(
                "PDF rendering is not available on this server; ask for ?format=html and print it."
            );
        var dir = Directory.CreateTempSubdirectory("network-report-");
        try
        {
            var page = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var start = new ProcessStartInfo(settings.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (
                var arg in new[]
                {
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-extensions",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--no-pdf-header-footer",
                    $"--user-data-dir={Path.Combine(dir.FullName, "profile")}",
                    $"--print-to-pdf={pdf}",
                    new Uri(page).AbsoluteUri,
                }
            )
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.PdfTimeoutSeconds));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested)
                    throw;
                throw new PdfUnavailableException("Rendering the PDF took too long; try again or use ?format=html.");
            }
            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                PrintFailed(log, process.ExitCode);
                _ = await stderr;
                throw new PdfUnavailableException("The PDF could not be rendered; use ?format=html and print it.");
            }
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException) { }
        }
    }
}

public static class ReportServices
{
    /// <summary>The PDF printer and its settings (<c>Reports:ChromiumPath</c>, <c>Reports:PdfTimeoutSeconds</c>).</summary>
    public static IServiceCollection AddNetworkReports(this IServiceCollection services)
    {
        services.AddOptions<ReportSettings>().BindConfiguration(ReportSettings.Section);
        services.AddSingleton<ChromiumPdf>();
        return services;
    }
}
