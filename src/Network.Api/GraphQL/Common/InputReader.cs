using Network.Api.GraphQL.Relay;

namespace Network.Api.GraphQL.Common;

/// <summary>
/// Reads a parsed input object into the application's input records. References to other objects arrive as
/// global ids; one that is not a global id of the expected type becomes an id that exists nowhere, so the
/// application layer reports it as an unknown reference (VALIDATION_FAILED), as REST does for a wrong id.
/// </summary>
public readonly struct InputReader(IDictionary<string, object?> value)
{
    public string? Text(string key) => value.TryGetValue(key, out var v) ? (string?)v : null;

    public bool Bool(string key) => value.TryGetValue(key, out var v) && v is true;

    public T? Value<T>(string key) where T : struct => value.TryGetValue(key, out var v) && v is T t ? t : null;

    public List<string>? Strings(string key) => List<string>(key);

    public List<T>? List<T>(string key) => value.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Cast<T>().ToList() : null;

    public Guid? Id(string key, string typeName) =>
        value.TryGetValue(key, out var v) && v is string id ? GlobalId.ToGuid(id, typeName) ?? Guid.Empty : null;

    public List<Guid>? Ids(string key, string typeName) =>
        List<string>(key)?.Select(id => GlobalId.ToGuid(id, typeName) ?? Guid.Empty).ToList();
}
