namespace Network.Api.GraphQL.TypeFirst;

/// <summary>
/// How application records are named in the schema: <c>OrganisationDto</c> is served as <c>Organisation</c>, an
/// input record keeps its name and ends in <c>Input</c> (<c>OrganisationContactPointDto</c> as input:
/// <c>OrganisationContactPointInput</c>). Global ids carry the output name, so it is also the id's type prefix.
/// </summary>
public static class GraphNames
{
    public static string Of(Type record) =>
        record.Name.EndsWith("Dto", StringComparison.Ordinal) ? record.Name[..^3] : record.Name;

    public static string InputOf(Type record) =>
        Of(record).EndsWith("Input", StringComparison.Ordinal) ? Of(record) : Of(record) + "Input";
}
