using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// Per-request execution settings read from configuration at run time (so test hosts can override them):
/// the timeout, and introspection switched off unless <c>GraphQL:EnableIntrospection</c> (default: Development only).
/// </summary>
public sealed class ExecutionSettings(
    IOptions<GraphQLSettings> settings,
    IHostEnvironment env,
    ExecutionDeadlines deadlines
) : IConfigureExecution
{
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var s = settings.Value;
        // The introspection ban depends on the document only, so documents cached after passing it stay valid.
        if (!s.IntrospectionEnabled(env))
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(
                NoIntrospectionValidationRule.Instance
            );

        // The timeout through the shared ticker rather than options.Timeout (a timer per request; see
        // ExecutionDeadlines), answered as graphql-dotnet's TimeoutAction.ReturnTimeoutError answers.
        var requestToken = options.CancellationToken;
        using var deadline = deadlines.Start(TimeSpan.FromSeconds(s.TimeoutSeconds), requestToken);
        options.CancellationToken = deadline.Token;
        try
        {
            return await next(options);
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            return new ExecutionResult(new TimeoutError());
        }
        finally
        {
            options.CancellationToken = requestToken;
        }
    }
}
