using Network.Domain.Privacy;

namespace Network.Application.Common;

/// <summary>Collects every field error of one request, then throws once, so a 400 lists them all.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public Validator Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public Validator Require(string field, string? value, int maxLength, bool freeText = false)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Add(field, "is required");
        return Text(field, value, maxLength, freeText);
    }

    /// <summary>Optional text: length cap, and the case-data guard for free text.</summary>
    public Validator Text(string field, string? value, int maxLength, bool freeText = false)
    {
        if (value is null)
            return this;
        if (value.Length > maxLength)
            Add(field, $"must be at most {maxLength} characters");
        if (value.Any(char.IsControl))
            Add(field, "must not contain control characters");
        if (freeText && CaseDataGuard.Problem(value) is { } problem)
            Add(field, problem);
        return this;
    }

    public Validator List<T>(string field, IReadOnlyCollection<T>? values, int maxCount, bool required = false)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
                Add(field, "must have at least one item");
            return this;
        }
        if (values.Count > maxCount)
            Add(field, $"must have at most {maxCount} items");
        // JSON lets a client send [null]; say so here, and item checks skip the null instead of failing on it.
        if (values.Any(item => item is null))
            Add(field, "must not contain null items");
        return this;
    }

    public Validator When(bool invalid, string field, string message) => invalid ? Add(field, message) : this;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// Whether <paramref name="field"/> has passed its checks so far. A value that failed them (a NUL, say) must not
    /// be used to look anything up: PostgreSQL refuses a NUL in any text parameter, so the lookup would be a 500.
    /// </summary>
    public bool Passed(string field) => !_errors.ContainsKey(field);

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
