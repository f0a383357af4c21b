using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Network.Api.Rest.Common;

namespace Network.Api.Hosting;

/// <summary>
/// Writes a problem from middleware (406, 413, 429) as application/problem+json. The framework's problem writer
/// declines when the Accept header excludes JSON, which is exactly the 406 case, so this writes it itself then.
/// </summary>
public static class ProblemWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync(HttpContext http, int status, string? detail = null)
    {
        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        var service = http.RequestServices.GetService<IProblemDetailsService>();
        if (
            service is not null
            && await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem })
        )
            return;
        ProblemResponses.Complete(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        await http.Response.WriteAsJsonAsync(problem, Json, "application/problem+json", http.RequestAborted);
    }
}
