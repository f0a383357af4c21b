using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.GraphQL.Execution;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// schema/network.graphql is the reviewed contract: any change to the served schema must show up as a diff of
/// that file. Run with UPDATE_SCHEMA=1 to rewrite it after an intended change.
/// </summary>
public sealed class SchemaContractTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public void Served_schema_equals_the_committed_schema_file()
    {
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        if (!schema.Initialized)
            schema.Initialize();
        var served = schema.PrintSdl();
        var file = Repository.Path("schema", "network.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, served);
        }

        var committed = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == served,
            "The served GraphQL schema differs from schema/network.graphql. If the change is intended, run "
                + "`UPDATE_SCHEMA=1 dotnet test --filter FullyQualifiedName~SchemaContractTests` and commit the file's diff."
        );
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        if (!schema.Initialized)
            schema.Initialize();
        var missing = new List<string>();
        foreach (
            var type in schema.AllTypes.Where(t =>
                !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)
            )
        )
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                        missing.Add($"{type.Name}.{field.Name}");
                    foreach (var arg in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(arg.Description))
                            missing.Add($"{type.Name}.{field.Name}({arg.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(
                    enumeration
                        .Values.Where(v => string.IsNullOrWhiteSpace(v.Description))
                        .Select(v => $"{type.Name}.{v.Name}")
                );
        }
        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is ScalarGraphType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
