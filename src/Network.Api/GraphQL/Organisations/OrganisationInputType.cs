using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Application.Organisations;
using Network.Domain.Contacts;

namespace Network.Api.GraphQL.Organisations;

/// <summary>What a coordinator may set on an organisation; the same fields as REST's body, validated by the application layer.</summary>
public sealed class OrganisationInputType : InputObjectGraphType<OrganisationInput>
{
    public OrganisationInputType()
    {
        Name = "OrganisationInput";
        Description = "An organisation's details. Field errors (VALIDATION_FAILED) are keyed by these field names.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("A free label such as school, ggd, police; at most 60 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains").Description("Domain ids, 1 to 10.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities")
            .Description("CBS codes of the municipalities served, 1 to 50; coordinators may only add or remove their own.");
        Field<ListGraphType<NonNullGraphType<OrganisationContactPointInputType>>>("contactPoints").Description("Public channels, at most 10; replaces the current ones.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OrganisationInput(
        value.TryGetValue("name", out var name) ? (string?)name : null,
        value.TryGetValue("kind", out var kind) ? (string?)kind : null,
        Strings(value, "domains"),
        Strings(value, "municipalities"),
        value.TryGetValue("contactPoints", out var cps) && cps is IEnumerable<object?> list ? list.Cast<OrganisationContactPointDto>().ToList() : null);

    private static List<string>? Strings(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Cast<string>().ToList() : null;
}

/// <summary>A public channel to set on an organisation.</summary>
public sealed class OrganisationContactPointInputType : InputObjectGraphType<OrganisationContactPointDto>
{
    public OrganisationContactPointInputType()
    {
        Name = "OrganisationContactPointInput";
        Description = "A public channel of an organisation.";
        Field<NonNullGraphType<ContactChannelType>>("channel").Description("How it is reached.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The number or address, at most 320 characters.");
        Field<StringGraphType>("label").Description("What it is for, at most 100 characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OrganisationContactPointDto(
        (ContactChannel)value["channel"]!,
        (string)value["value"]!,
        value.TryGetValue("label", out var label) ? (string?)label : null);
}
