using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.GraphQL.Execution;
using Network.Api.Tests.Infrastructure;
using Network.Application.Catalogues;
using Network.Application.Organisations;
using Network.Application.Professionals;
using Network.Application.Trust;

namespace Network.Api.Tests.ApiRules;

/// <summary>
/// A description is written once, on the application record, and both doors publish it: the OpenAPI document
/// (Microsoft.AspNetCore.OpenApi reads <see cref="DescriptionAttribute"/>) and the GraphQL schema (graphql-dotnet's
/// auto-registering types read it too).
/// </summary>
public sealed class RecordDescriptionTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    public static TheoryData<Type, string, string> Records =>
        new()
        {
            { typeof(ProfessionalDto), "Professional", nameof(ProfessionalDto.GivenName) },
            { typeof(ProfessionalDto), "Professional", nameof(ProfessionalDto.LastVerifiedOn) },
            { typeof(ProfessionalInput), "ProfessionalInput", nameof(ProfessionalInput.About) },
            { typeof(MembershipDto), "Membership", nameof(MembershipDto.RoleTitle) },
            { typeof(OrganisationDto), "Organisation", nameof(OrganisationDto.Kind) },
            { typeof(OrganisationInput), "OrganisationInput", nameof(OrganisationInput.Municipalities) },
            { typeof(TrustRelationshipDto), "TrustRelationship", nameof(TrustRelationshipDto.ExpiresAt) },
            { typeof(MunicipalityDto), "Municipality", nameof(MunicipalityDto.TrustValidityMonths) },
        };

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_description_on_a_record_property_is_in_the_openapi_document_and_the_graphql_schema(
        Type record,
        string graphType,
        string property
    )
    {
        var written = record.GetProperty(property)!.GetCustomAttribute<DescriptionAttribute>()?.Description;
        Assert.False(string.IsNullOrWhiteSpace(written), $"{record.Name}.{property} has no [property: Description]");

        var schema = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]![record.Name]!;
        Assert.Equal(written, schema["properties"]![JsonName(property)]!["description"]?.GetValue<string>());

        var field = ((IComplexGraphType)Schema().AllTypes[graphType]!).GetField(JsonName(property))!;
        Assert.Equal(written, field.Description);
    }

    [Theory]
    [InlineData(typeof(ProfessionalDto), "Professional")]
    [InlineData(typeof(OrganisationInput), "OrganisationInput")]
    public async Task A_description_on_a_record_is_the_schema_description_in_both_doors(Type record, string graphType)
    {
        var written = record.GetCustomAttribute<DescriptionAttribute>()!.Description;

        var schema = (await factory.OpenApiDocumentAsync())["components"]!["schemas"]![record.Name]!;
        Assert.Equal(written, schema["description"]?.GetValue<string>());
        Assert.Equal(written, Schema().AllTypes[graphType]!.Description);
    }

    [Fact]
    public void No_description_is_written_on_a_record_parameter_only()
    {
        // Without the property: target the attribute stays on the constructor parameter, where graphql-dotnet (it reads
        // the property) does not look; the description would silently be missing from the schema.
        var onParameters = typeof(ProfessionalDto)
            .Assembly.GetTypes()
            .Concat(typeof(Network.Domain.Contacts.ContactChannel).Assembly.GetTypes())
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()))
            .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not null)
            .Select(p => $"{p.Member.DeclaringType!.Name}({p.Name})")
            .ToList();
        Assert.True(
            onParameters.Count == 0,
            "Write [property: Description(...)] instead of [Description(...)] on: " + string.Join(", ", onParameters)
        );
    }

    private NetworkSchema Schema()
    {
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        if (!schema.Initialized)
            schema.Initialize();
        return schema;
    }

    private static string JsonName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}
