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
public sealed class ExecutionSettings(IOptions<GraphQLSettings> settings, IHostEnvironment env) : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var s = settings.Value;
        options.Timeout = TimeSpan.FromSeconds(s.TimeoutSeconds);
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        // The introspection ban depends on the document only, so documents cached after passing it stay valid.
        if (!s.IntrospectionEnabled(env))
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(
                NoIntrospectionValidationRule.Instance
            );
        return next(options);
    }
}
