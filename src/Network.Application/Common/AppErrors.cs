namespace Network.Application.Common;

/// <summary>
/// The one error vocabulary of the application layer. REST maps these once to problem details,
/// GraphQL once to <c>extensions.code</c>; the codes below are shared by both.
/// </summary>
public abstract class AppException(string code, string title, string detail) : Exception(detail)
{
    public string Code { get; } = code;
    public string Title { get; } = title;
}

/// <summary>Unknown, or not visible to the viewer: the two are indistinguishable on purpose.</summary>
public sealed class NotFoundException(string resource)
    : AppException("NOT_FOUND", "Not found", $"No {resource} with that id exists or it is not visible to you.");

public sealed class ForbiddenException(string detail) : AppException("FORBIDDEN", "Forbidden", detail);

public sealed class ConflictException(string detail) : AppException("CONFLICT", "Conflict", detail);

/// <summary>The If-Match version did not match the stored one.</summary>
public sealed class PreconditionFailedException()
    : AppException(
        "PRECONDITION_FAILED",
        "Precondition failed",
        "The resource was changed by someone else; fetch it again and reapply your change."
    );

public sealed class PreconditionRequiredException()
    : AppException(
        "PRECONDITION_REQUIRED",
        "Precondition required",
        "Send an If-Match header with the ETag you read, so concurrent changes are not lost."
    );

/// <summary>Invalid input; carries every invalid field at once.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : AppException(
        "VALIDATION_FAILED",
        "Validation failed",
        $"{errors.Count} field(s) are invalid: {string.Join(", ", errors.Keys)}."
    )
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
