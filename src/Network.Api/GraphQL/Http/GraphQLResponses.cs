using GraphQL;
using Microsoft.AspNetCore.Mvc;
using Network.Api.GraphQL.Execution;
using Network.Api.Rest.Common;

namespace Network.Api.GraphQL.Http;

/// <summary>Status codes and bodies of GraphQL responses, as the GraphQL-over-HTTP spec asks.</summary>
public static class GraphQLResponses
{
    /// <summary>
    /// With <c>application/json</c> every well-formed request gets 200. With
    /// <c>application/graphql-response+json</c> a request that did not execute (parse, validation or variable
    /// errors) gets a 4xx: 401 when the only problem is a missing token, 503 for a timeout, else 400.
    /// </summary>
    public static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (mediaType == MediaTypes.Json || result.Executed)
            return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Count > 0 && codes.All(c => c == ErrorCodes.Unauthenticated))
            return StatusCodes.Status401Unauthorized;
        if (codes.Contains(ErrorCodes.Timeout))
            return StatusCodes.Status503ServiceUnavailable;
        return StatusCodes.Status400BadRequest;
    }

    public static async Task WriteAsync(
        HttpContext http,
        ExecutionResult result,
        string mediaType,
        IGraphQLTextSerializer serializer
    )
    {
        http.Response.StatusCode = StatusOf(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>A request refused before execution (bad parameters, document too large): a GraphQL error body with a code.</summary>
    public static Task WriteRequestErrorAsync(
        HttpContext http,
        string message,
        string code,
        string mediaType,
        IGraphQLTextSerializer serializer
    )
    {
        var result = new ExecutionResult(new ExecutionError(message) { Code = code });
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// HTTP-level refusals (405, 406, 415, 413) use the API's problem details, like every other route; written
    /// directly because a 406 must not depend on the Accept header that caused it.
    /// </summary>
    public static IResult Problem(int status, string detail) =>
        Results.Json(
            new ProblemDetails
            {
                Status = status,
                Title = ProblemResponses.TitleOf(status),
                Detail = detail,
                Type = $"https://httpstatuses.io/{status}",
                Extensions = { ["code"] = ProblemResponses.CodeOf(status) },
            },
            contentType: "application/problem+json",
            statusCode: status
        );
}
