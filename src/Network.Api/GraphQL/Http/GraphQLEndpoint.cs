using System.Text;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Network.Api.GraphQL.Execution;
using Network.Api.Hosting;

namespace Network.Api.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP spec, hand-written because graphql-dotnet's server package is not
/// available here: POST application/json, GET for queries only, Accept negotiation, spec status codes, and the
/// client's abort as the cancellation token. Anonymous at the HTTP level; see <see cref="Limits.AuthenticationRule"/>.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    /// <summary>Room for a maximal document plus its variables; anything larger is refused before parsing.</summary>
    private const long MaxBodyBytes = 256 * 1024;

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task HandleAsync(
        HttpContext http,
        IDocumentExecuter<NetworkSchema> executer,
        IGraphQLTextSerializer serializer,
        DocumentCache cache,
        IOptions<GraphQLSettings> settings
    )
    {
        if (MediaTypes.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await GraphQLResponses
                .Problem(406, $"Ask for {MediaTypes.GraphQLResponse} or {MediaTypes.Json} in the Accept header.")
                .ExecuteAsync(http);
            return;
        }
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !MediaTypes.IsJsonBody(http.Request.ContentType))
        {
            await GraphQLResponses
                .Problem(415, $"Send the GraphQL request as {MediaTypes.Json} (UTF-8).")
                .ExecuteAsync(http);
            return;
        }
        if (!isGet && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;

        try
        {
            if (!Utf8Input.IsUtf8QueryString(http.Request.QueryString.Value))
                throw new BadGraphQLRequestException(Utf8Input.QueryStringDetail);
            var request = isGet
                ? GraphQLHttpRequestReader.ReadQueryString(http.Request.Query, serializer)
                : await GraphQLHttpRequestReader.ReadBodyAsync(http.Request.Body, serializer, http.RequestAborted);
            if (string.IsNullOrWhiteSpace(request.Query))
                throw new BadGraphQLRequestException("The request has no \"query\".");
            var max = settings.Value.MaxDocumentBytes;
            if (Encoding.UTF8.GetByteCount(request.Query) > max)
            {
                await GraphQLResponses.WriteRequestErrorAsync(
                    http,
                    $"The query document is larger than {max} bytes (GraphQL:MaxDocumentBytes).",
                    ErrorCodes.DocumentTooLarge,
                    mediaType,
                    serializer
                );
                return;
            }

            // Parsed here, not by the executer, so that a document too deep to parse is a request error (see TryParse).
            var document = cache.Find(request.Query) ?? TryParse(request.Query);
            if (isGet)
            {
                if (
                    document is not null
                    && SelectedOperation(document, request.OperationName)?.Operation == OperationType.Mutation
                )
                {
                    http.Response.Headers.Allow = HttpMethods.Post;
                    await GraphQLResponses
                        .Problem(405, "Mutations are sent with POST; GET is for queries only.")
                        .ExecuteAsync(http);
                    return;
                }
            }

            var result = await executer.ExecuteAsync(
                new ExecutionOptions
                {
                    Query = request.Query,
                    Document = document,
                    OperationName = request.OperationName,
                    Variables = request.Variables,
                    Extensions = request.Extensions,
                    User = http.User,
                    RequestServices = http.RequestServices,
                    CancellationToken = http.RequestAborted,
                }
            );
            await GraphQLResponses.WriteAsync(http, result, mediaType, serializer);
        }
        catch (BadGraphQLRequestException e)
        {
            await GraphQLResponses.WriteRequestErrorAsync(http, e.Message, e.Code, mediaType, serializer);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await GraphQLResponses
                .Problem(413, $"The request body is larger than {MaxBodyBytes} bytes.")
                .ExecuteAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
    }

    /// <summary>
    /// The parser stops at 128 levels of syntax with an exception whose message quotes the document's line (tens of
    /// KB for a one-line document) and which the executer would treat as an unexpected error, logging it. A short
    /// request error instead, that names no part of the query.
    /// </summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            throw new BadGraphQLRequestException(
                "The query nests too deeply to be read (GraphQL:MaxDepth limits fields to far fewer levels).",
                ErrorCodes.MaxDepthExceeded
            );
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null; // the executer parses again and reports the syntax error the spec's way
        }
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? operations.Count == 1
                ? operations[0]
                : null
            : operations.FirstOrDefault(o => o.Name is { } n && n.Value.Span.SequenceEqual(name.AsSpan()));
    }
}
