using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Network.Api.Rest.Common;

/// <summary>
/// JSON Merge Patch (RFC 7396) for the REST door: the body names only what changes, <c>null</c> clears a property,
/// arrays are replaced whole. The patch is applied by the service to the entry as its editor is shown it, inside the
/// same load and version check as a PUT, and the result is read and validated exactly like a PUT body (unknown
/// or server-owned properties refused), so a patch can do nothing a PUT could not.
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>
    /// Declares the body: the document shows it as <c>{T}Patch</c>, the input's properties with none required and
    /// each nullable (<see cref="Hosting.OpenApiSetup"/>).
    /// </summary>
    public static RouteHandlerBuilder AcceptsMergePatchOf<T>(this RouteHandlerBuilder builder)
        where T : notnull => builder.Accepts<T>(MediaType);

    /// <summary>Reads the patch from the request and returns the edit to apply to the current input.</summary>
    public static async Task<Func<T, T>> ReadAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (
            request.ContentType is not { } type
            || !type.Split(';')[0].Trim().Equals(MediaType, StringComparison.OrdinalIgnoreCase)
        )
            throw new BadHttpRequestException($"Send the body as {MediaType} (RFC 7396).", 415);
        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", 400, e);
        }
        if (patch is not JsonObject changes)
            throw new BadHttpRequestException(
                "A merge patch is a JSON object of the properties to change; null clears one.",
                400
            );
        var options = request
            .HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>()
            .Value.SerializerOptions;
        return EditOf<T>(changes, options);
    }

    /// <summary>
    /// The edit a patch makes: <paramref name="changes"/> merged into the current input's JSON form, read back like
    /// a PUT body. Shared by REST's PATCH and GraphQL's patch mutations.
    /// </summary>
    public static Func<T, T> EditOf<T>(JsonObject changes, JsonSerializerOptions options) =>
        current =>
        {
            var merged = Apply(JsonSerializer.SerializeToNode(current, WritingNulls(options)), changes);
            try
            {
                return merged.Deserialize<T>(options)
                    ?? throw new BadHttpRequestException("The patched entry is empty.", 400);
            }
            catch (JsonException e)
            {
                throw new BadHttpRequestException("The patched entry is not valid.", 400, e);
            }
        };

    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> NullWriting = [];

    /// <summary>
    /// The API's options, but writing null properties: answers leave them out (WhenWritingNull), while the input a
    /// patch is applied to must name every property, as a PUT body does, or a property the entry has cleared would
    /// read back as missing and refuse the patch.
    /// </summary>
    private static JsonSerializerOptions WritingNulls(JsonSerializerOptions options) =>
        NullWriting.GetValue(options, o => new JsonSerializerOptions(o)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        });

    /// <summary>RFC 7396 §2, MergePatch(Target, Patch), with removal written as null (see below).</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject members)
            return patch?.DeepClone();
        var result = target is JsonObject o ? o.DeepClone().AsObject() : [];
        foreach (var (name, value) in members)
        {
            var current = result[name];
            result.Remove(name);
            // RFC 7396 removes the member; the target here is a typed input in which an absent property is an
            // error (PUT names every one), so "removed" is written as the null that clears it.
            result[name] = value is null ? null : Apply(current, value);
        }
        return result;
    }
}
