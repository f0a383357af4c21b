namespace Network.Api.GraphQL.Execution;

/// <summary>
/// <c>extensions.code</c> values the GraphQL door adds itself. Errors from the application layer keep their
/// <c>AppException.Code</c> (NOT_FOUND, FORBIDDEN, VALIDATION_FAILED, PRECONDITION_FAILED, CONFLICT), the same
/// codes REST problem details carry; document validation errors keep graphql-dotnet's codes.
/// </summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string Timeout = "TIMEOUT";
    public const string BadRequest = "BAD_REQUEST";
    public const string InternalError = "INTERNAL_ERROR";
}
