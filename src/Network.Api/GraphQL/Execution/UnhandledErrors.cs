using GraphQL.Execution;
using Network.Api.Hosting;
using Network.Application.Common;
using Network.Application.Persistence;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// Resolver exceptions: application errors are expected answers (their message is written for the client);
/// anything else is logged with the field's path (never the query or variables) and answered with a generic message.
/// </summary>
public static class UnhandledErrors
{
    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        if (context.OriginalException is AppException app)
        {
            context.ErrorMessage = app.Message;
            return Task.CompletedTask;
        }
        // A parser exception's message quotes the document; the endpoint parses first, so one here is a client's
        // document all the same. Never logged: logs hold no request text.
        if (context.OriginalException is GraphQLParser.Exceptions.GraphQLParserException)
        {
            context.ErrorMessage = "The query could not be read.";
            return Task.CompletedTask;
        }
        var logger = context
            .ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()
            ?.CreateLogger("Network.Api.GraphQL");
        logger?.UnhandledGraphQLException(
            context.OriginalException,
            context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)"
        );
        // A damaged page makes readiness fail, not only this field.
        context.ExecutionOptions.RequestServices?.GetService<StoreHealth>()?.Observe(context.OriginalException);
        context.ErrorMessage = "Something went wrong on our side. It has been logged; try again later.";
        return Task.CompletedTask;
    }
}
