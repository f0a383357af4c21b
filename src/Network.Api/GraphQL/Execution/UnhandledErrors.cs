using GraphQL.Execution;
using Network.Application.Common;
using Network.Application.Persistence;

namespace Network.Api.GraphQL.Execution;

/// <summary>
/// Resolver exceptions: application errors are expected answers (their message is written for the client);
/// anything else is logged with the request's path and answered with a generic message.
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
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Network.Api.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled exception in GraphQL field {Path}",
            context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)");
        // A damaged page makes readiness fail, not only this field.
        context.ExecutionOptions.RequestServices?.GetService<StoreHealth>()?.Observe(context.OriginalException);
        context.ErrorMessage = "Something went wrong on our side. It has been logged; try again later.";
        return Task.CompletedTask;
    }
}
