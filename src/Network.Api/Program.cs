using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Network.Api.Auth;
using Network.Api.Commands;
using Network.Api.GraphQL;
using Network.Api.Hosting;
using Network.Api.Rest;
using Network.Api.Rest.Common;
using Network.Api.Rest.Reports;
using Network.Api.Web;
using Network.Application;
using Network.Application.Persistence;

// Commands run instead of the web host: `generate` writes a synthetic network for benchmarks.
if (args is ["generate", .. var generateArgs])
{
    Environment.ExitCode = await GenerateCommand.RunAsync(generateArgs);
    return;
}

var builder = WebApplication.CreateBuilder(args);

// The application layer: store, access policy, audit, use cases. Both doors call only this.
builder.Services.AddNetworkApplication();

// Who is asking.
builder.Services.AddNetworkAuthentication(builder.Environment.IsDevelopment());

// How answers and errors look.
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.Converters.Add(
        new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    );
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow; // unknown or server-owned fields are refused
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // "4" is not a number: a wrong type is a 400
    o.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()); // /core/date-time: answers in UTC
    o.SerializerOptions.TypeInfoResolver = MissingEnumsAreRefused.AddTo(o.SerializerOptions.TypeInfoResolver);
});
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.Complete);
builder.Services.AddExceptionHandler<ProblemResponses>();
builder.Services.AddNetworkOpenApi();
builder.Services.AddNetworkHealth();
builder.Services.AddNetworkReports();
builder.Services.AddNetworkGraphQL();
builder.Services.AddNetworkCors();
builder.Services.AddNetworkRateLimiting();
builder.Services.AddNetworkRequestLimits();
builder.Services.AddSharedKeyRing();
builder.Services.AddNetworkWeb(builder.Environment.IsDevelopment());

var app = builder.Build();

if (app.Services.StartProblem(app.Environment.IsDevelopment()) is { } problem)
{
    // Settings that cannot work are refused at start, in one line, not at the first e-mail or reminder.
    Console.Error.WriteLine($"Network cannot start: {problem}");
    Environment.ExitCode = 1;
    return;
}

await using (var scope = app.Services.CreateAsyncScope())
{
    var seedDemo = app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment());
    try
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo);
    }
    catch (StoreUnusableException refused)
    {
        // Fail closed: an empty, damaged or unreadable store is not served. One line that says what is wrong and
        // what to do, no stack trace (it is not a bug), and a non-zero exit code for the supervisor.
        Console.Error.WriteLine($"Network cannot start: {refused.Message}");
        Environment.ExitCode = 1;
        return;
    }
}

// Benchmark mode times every request from here (never in Production: IsEnabled refuses it there).
var serverTimes = BenchmarkMode.IsEnabled(app) ? BenchmarkMode.UseServerTimes(app) : null;
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseNetworkWeb();

// Routing after the error pages, so a status re-executed to the web app's error page finds that page's endpoint.
app.UseRouting();
app.UseSecurityHeaders();
app.UseNoTrailingSlash();
app.UseCors();
app.UseNetworkRequestLimits();
app.UseUtf8Input();
app.UseJsonContentNegotiation();
app.UseAuthentication();
app.UseNetworkRateLimiting();
app.UseAuthorization();

app.MapOpenApi(OpenApiSetup.DocumentPath).AllowAnonymous().AllowAnyOrigin();
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "swagger";
    o.SwaggerEndpoint(OpenApiSetup.DocumentPath, "Network API v1");
});
app.MapNetworkHealth();
app.MapRestApi();
app.MapNetworkGraphQL();
app.MapNetworkWeb();
if (app.Environment.IsDevelopment())
    app.MapDevTokenEndpoints();
if (serverTimes is not null)
    app.MapBenchmarkEndpoints(serverTimes);

app.Run();

/// <summary>Entry point; public so the test host can start it.</summary>
public partial class Program;
