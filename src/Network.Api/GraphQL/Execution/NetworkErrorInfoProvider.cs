using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;
using Network.Application.Common;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// The one mapping from errors to GraphQL <c>errors[].extensions</c>: application errors carry their
/// <c>AppException.Code</c> (and, for VALIDATION_FAILED, every field error under <c>fieldErrors</c>);
/// anything unexpected is INTERNAL_ERROR with a generic message. Exception details only in Development.
/// </summary>
public sealed class NetworkErrorInfoProvider(IHostEnvironment env)
    : ErrorInfoProvider(
        new ErrorInfoProviderOptions
        {
            ExposeExceptionDetails = env.IsDevelopment(),
            ExposeCodes = false,
            ExposeData = false,
        }
    )
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var app = Find<AppException>(executionError);
        executionError.Code = app?.Code
            ?? executionError switch
            {
                NoIntrospectionError => ErrorCodes.IntrospectionDisabled,
                TimeoutError => ErrorCodes.Timeout,
                UnhandledError => ErrorCodes.InternalError,
                _ => executionError.Code,
            };
        var info = base.GetInfo(executionError);
        if (app is not null)
            info.Message = app.Message;
        // Exception details (Development) would carry the parser's message, which quotes the whole document.
        if (Find<GraphQLParser.Exceptions.GraphQLParserException>(executionError) is not null)
            info.Extensions?.Remove("details");
        if (app is ValidationException validation)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["fieldErrors"] = validation.Errors;
        }
        return info;
    }

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
            if (e is T found)
                return found;
        return null;
    }
}
