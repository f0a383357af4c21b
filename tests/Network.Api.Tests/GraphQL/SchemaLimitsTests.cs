using System.ComponentModel;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.GraphQL.Execution;
using Network.Api.Tests.Infrastructure;
using Network.Application.Accounts;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// Descriptions are attribute arguments, so they cannot read the application's limits; these tests keep the numbers a
/// description quotes equal to the ones the application enforces.
/// </summary>
public sealed class SchemaLimitsTests(NetworkApiFactory factory) : IClassFixture<NetworkApiFactory>
{
    [Fact]
    public void Workshop_input_descriptions_quote_the_workshop_limits()
    {
        var input = Type("WorkshopInput");
        Assert.Contains($"at most {WorkshopService.MaxFacilitators})", input.GetField("facilitators")!.Description);
        Assert.Contains(
            $"1 to {WorkshopService.MaxSeats} (default {WorkshopService.DefaultSeats})",
            input.GetField("seats")!.Description
        );
        Assert.Equal(input.GetField("seats")!.Description, Type("WorkshopCreateInput").GetField("seats")!.Description);
    }

    [Fact]
    public void Import_attendance_description_quotes_the_row_limit()
    {
        Assert.Contains(
            $"at most {AttendanceCsv.MaxRows} rows",
            Type("Mutation").GetField("importAttendance")!.Description
        );
    }

    [Fact]
    public void System_client_scopes_are_capped_at_each_known_scope_once_and_described_by_name()
    {
        Assert.Equal(SystemClientService.MaxScopes, SystemClientService.KnownScopes.Count);
        var description = typeof(SystemClientInput)
            .GetProperty(nameof(SystemClientInput.Scopes))!
            .GetCustomAttributes(typeof(DescriptionAttribute), false)
            .Cast<DescriptionAttribute>()
            .Single()
            .Description;
        Assert.All(SystemClientService.KnownScopes, scope => Assert.Contains($"`{scope}`", description));
    }

    private IComplexGraphType Type(string name)
    {
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        if (!schema.Initialized)
            schema.Initialize();
        return (IComplexGraphType)schema.AllTypes[name]!;
    }
}
