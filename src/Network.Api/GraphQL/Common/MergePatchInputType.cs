using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Network.Api.GraphQL.TypeFirst;
using Network.Api.Rest.Common;
using Network.Application.Common;

namespace Network.Api.GraphQL.Common;

/// <summary>
/// A JSON Merge Patch (RFC 7396) of an input record as GraphQL sees it: the fields a client names, with the values
/// it gave (<c>null</c> included), and nothing for the fields it left out. GraphQL itself refuses a field the input
/// does not have, and types every value; the service applies the patch exactly as REST's PATCH does.
/// </summary>
public sealed class MergePatch<T>(IReadOnlyDictionary<string, object?> changes)
    where T : notnull
{
    /// <summary>The named fields, by GraphQL (= JSON) name, with their parsed values.</summary>
    public IReadOnlyDictionary<string, object?> Changes { get; } = changes;

    /// <summary>
    /// The edit to hand to the service: the patch as a JSON object over <typeparamref name="T"/>'s JSON form, applied
    /// by <see cref="Rest.Common.MergePatch.EditOf{T}"/>. A null for a value that cannot be empty (a yes/no) is a
    /// field error, as the service reports any other invalid value.
    /// </summary>
    public Func<T, T> Edit(JsonSerializerOptions options)
    {
        var properties = options.GetTypeInfo(typeof(T)).Properties;
        var json = new JsonObject();
        var v = new Validator();
        foreach (var (name, value) in Changes)
        {
            var property = properties.First(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (
                value is null
                && property.PropertyType.IsValueType
                && Nullable.GetUnderlyingType(property.PropertyType) is null
            )
                v.Add(property.Name, "cannot be cleared; send a value");
            json[property.Name] = value is null
                ? null
                : JsonSerializer.SerializeToNode(value, value.GetType(), options);
        }
        v.ThrowIfInvalid();
        var edit = Rest.Common.MergePatch.EditOf<T>(json, options);
        return current =>
        {
            try
            {
                return edit(current);
            }
            catch (BadHttpRequestException e)
            {
                throw new ValidationException(new Dictionary<string, string[]> { ["patch"] = [e.Message] });
            }
        };
    }
}

/// <summary>
/// The GraphQL input for a merge patch of <typeparamref name="TInput"/> (<c>OrganisationInput</c> patched by
/// <c>OrganisationPatchInput</c>): the same fields, each optional and nullable, none with a default, so a field left
/// out is kept and a field set to <c>null</c> is cleared. Lists are replaced whole.
/// </summary>
public sealed class MergePatchInputType<TInput> : NetworkInputType<TInput>
    where TInput : notnull
{
    protected override void ConfigureGraph()
    {
        base.ConfigureGraph();
        var input = GraphNames.InputOf(typeof(TInput));
        Name = input[..^"Input".Length] + "PatchInput";
        Description =
            $"A partial change of {input} (JSON Merge Patch, RFC 7396): a field left out is kept, null clears it, "
            + "a list replaces the current one.";
    }

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo)
    {
        var info = base.GetTypeInformation(memberInfo);
        // Optional and nullable itself; a list's elements stay as the input has them.
        if (info.IsList)
            info.ListIsNullable = true;
        else
            info.IsNullable = true;
        return info;
    }

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (field is null)
            return null;
        field.DefaultValue = null;
        // "false when left out" is what a PUT does; left out of a patch, a field is kept.
        if (field.Description?.IndexOf("; false when left out", StringComparison.Ordinal) is > 0 and var at)
            field.Description = field.Description[..at] + ".";
        if (field.Type is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            field.Type = t.GenericTypeArguments[0];
        return field;
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new MergePatch<TInput>(new Dictionary<string, object?>(value));
}
