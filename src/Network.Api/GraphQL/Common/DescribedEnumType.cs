using GraphQL.Types;

namespace Network.Api.GraphQL.Common;

/// <summary>An enum type whose every value carries a description (the schema contract test demands it).</summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumType(string name, string description, params (TEnum Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
            Values.Single(v => Equals(v.Value, value)).Description = text;
    }
}
