using System.Net.Http.Headers;
using System.Text;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>The host for property tests: thousands of requests from one principal, so rate limiting is off here.</summary>
public sealed class FuzzFactory : NetworkApiFactory
{
    /// <summary>Bodies per write operation. The issue asks at least 1,000; CsCheck_Iter can raise it for a longer hunt.</summary>
    public static int Iterations =>
        Math.Max(1000, int.TryParse(System.Environment.GetEnvironmentVariable("CsCheck_Iter"), out var n) ? n : 0);

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" };

    public static StringContent Json(string text) =>
        new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
