using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Network.Api.Hosting;
using Network.Application.Common;
using Network.Application.Persistence;

namespace Network.Api.Rest.Common;

/// <summary>
/// The one mapping from application errors (and framework refusals) to RFC 9457 problem details.
/// Every problem carries status, title, detail and the shared error <c>code</c> GraphQL uses too.
/// </summary>
public sealed partial class ProblemResponses(
    IProblemDetailsService problems,
    IHostEnvironment env,
    StoreHealth store,
    ILogger<ProblemResponses> logger
) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        var problem = exception switch
        {
            ValidationException v => Validation(v),
            AppException app => new ProblemDetails
            {
                Status = StatusOf(app),
                Title = app.Title,
                Detail = app.Message,
                Extensions = { ["code"] = app.Code },
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = TitleOf(bad.StatusCode),
                Detail = BadRequestDetail(bad),
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
                return true;
            logger.UnhandledRestException(exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? "");
            store.Observe(exception); // a damaged page makes readiness fail, not only this request
            problem = new ProblemDetails
            {
                Status = 500,
                Title = "Internal server error",
                Detail = env.IsDevelopment()
                    ? exception.ToString()
                    : "Something went wrong on our side. It has been logged; try again later.",
            };
        }
        problem.Extensions.TryAdd("code", CodeOf(problem.Status ?? 500));
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    public static ProblemDetails Validation(ValidationException v) =>
        new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = 400,
            Title = v.Title,
            Detail = v.Message,
            Extensions = { ["code"] = v.Code },
        };

    public static int StatusOf(AppException e) =>
        e switch
        {
            NotFoundException => 404,
            ForbiddenException => 403,
            ConflictException => 409,
            PreconditionFailedException => 412,
            PreconditionRequiredException => 428,
            ValidationException => 400,
            _ => 500,
        };

    /// <summary>Fills in what the framework leaves out (404 for unknown routes, 405, 415, ...) so every problem has a detail and a code.</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var p = context.ProblemDetails;
        var status = p.Status ?? context.HttpContext.Response.StatusCode;
        p.Status = status;
        p.Title ??= TitleOf(status);
        p.Detail ??= DetailOf(status);
        p.Extensions.TryAdd("code", CodeOf(status));
        p.Extensions.Remove("traceId");
        p.Instance = null;
        p.Type ??= $"https://httpstatuses.io/{status}";
    }

    /// <summary>
    /// Says what was wrong with the request in the client's terms: the JSON property or path, never the .NET
    /// type or parameter it was meant for (those are internals, /core/http-response-code).
    /// </summary>
    internal static string BadRequestDetail(BadHttpRequestException bad)
    {
        if (bad.StatusCode == 413)
            return "The request body is larger than this API accepts.";
        if (bad.StatusCode == 415)
            return bad.Message.Contains(MergePatch.MediaType, StringComparison.Ordinal) ? bad.Message : DetailOf(415);
        if (bad.InnerException is JsonException json)
            return JsonDetail(json);
        if (
            bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal)
            || (
                bad.Message.StartsWith("Required parameter", StringComparison.Ordinal)
                && bad.Message.EndsWith("from body.", StringComparison.Ordinal)
            )
        )
            return "The request body is required: send a JSON object.";
        if (BindFailure().Match(bad.Message) is { Success: true } bind)
            return $"The value of '{bind.Groups["name"].Value}' is not valid.";
        if (
            bad.Message.StartsWith("Required parameter", StringComparison.Ordinal)
            && RequiredName().Match(bad.Message) is { Success: true } required
        )
            return $"'{required.Groups["name"].Value}' is required.";
        return Internal().IsMatch(bad.Message) ? "The request could not be read." : bad.Message;
    }

    private static string JsonDetail(JsonException json)
    {
        var message = json.Message;
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
            return $"The property '{Shorten(unmapped.Groups["name"].Value)}' is not accepted here (unknown, or owned by the server).";
        var at = json.Path is null or "$" ? "" : $" (at {json.Path})";
        if (MissingRequired().Match(message) is { Success: true } missing)
            return $"Required property {Shorten(missing.Groups["names"].Value)} is missing{at}.";
        if (message.Contains("could not be converted", StringComparison.Ordinal))
            return $"A value in the body has the wrong type or format{at}.";
        var reason = message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd(' ', '|');
        return Internal().IsMatch(reason)
            ? $"The request body is not valid JSON for this operation{at}."
            : $"The request body is not valid JSON for this operation: {reason}{at}";
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    [GeneratedRegex("^The JSON property '(?<name>.*)' could not be mapped to any .NET member", RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: (?<names>.*?)\\.?( Path:|$)", RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("^Failed to bind parameter \"\\S+ (?<name>[^\"]+)\" from")]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Required parameter \"\\S+ (?<name>[^\"]+)\" was not provided")]
    private static partial Regex RequiredName();

    /// <summary>Anything that names a .NET type, namespace or member is kept from the client.</summary>
    [GeneratedRegex("\\b(Network|System|Microsoft)\\.|\\.NET\\b")]
    private static partial Regex Internal();

    public static string TitleOf(int status) =>
        status switch
        {
            400 => "Bad request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not found",
            405 => "Method not allowed",
            406 => "Not acceptable",
            409 => "Conflict",
            412 => "Precondition failed",
            413 => "Content too large",
            415 => "Unsupported media type",
            428 => "Precondition required",
            429 => "Too many requests",
            _ => status >= 500 ? "Internal server error" : "Error",
        };

    private static string DetailOf(int status) =>
        status switch
        {
            400 => "The request is not valid.",
            401 => "Send a valid bearer token in the Authorization header.",
            403 => "You may not do this.",
            404 => "No resource exists at this address, or it is not visible to you.",
            405 => "This resource does not support that method; see the Allow header.",
            406 =>
                "This resource cannot answer in the media type the Accept header asks for; ask for application/json.",
            413 => "The request body is larger than this API accepts.",
            415 => $"Send the body as application/json ({MergePatch.MediaType} for PATCH).",
            429 => "You sent too many requests; wait as long as Retry-After says.",
            _ => status >= 500 ? "Something went wrong on our side." : "The request could not be handled.",
        };

    public static string CodeOf(int status) =>
        status switch
        {
            400 => "BAD_REQUEST",
            401 => "UNAUTHENTICATED",
            403 => "FORBIDDEN",
            404 => "NOT_FOUND",
            405 => "METHOD_NOT_ALLOWED",
            406 => "NOT_ACCEPTABLE",
            409 => "CONFLICT",
            412 => "PRECONDITION_FAILED",
            413 => "PAYLOAD_TOO_LARGE",
            415 => "UNSUPPORTED_MEDIA_TYPE",
            428 => "PRECONDITION_REQUIRED",
            429 => "TOO_MANY_REQUESTS",
            _ => "INTERNAL_ERROR",
        };
}
