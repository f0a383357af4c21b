using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Professionals;
using Network.Application.Workshops;

namespace Network.Api.GraphQL.Workshops;

public sealed class WorkshopCreateInputType : InputObjectGraphType<NewWorkshopInput>
{
    public WorkshopCreateInputType()
    {
        Name = "WorkshopCreateInput";
        Description = "A new workshop (coordinators of the municipality, admins); the municipality is fixed once created.";
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("CBS code.");
        WorkshopInputType.DetailFields(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new NewWorkshopInput(r.Text("municipality"), r.Text("title"), r.Value<DateOnly>("date"), r.Text("place"), r.Strings("facilitators"), r.Value<int>("seats"));
    }
}

public sealed class WorkshopInputType : InputObjectGraphType<WorkshopInput>
{
    public WorkshopInputType()
    {
        Name = "WorkshopInput";
        Description = "All of a workshop's changeable details.";
        DetailFields(this);
    }

    internal static void DetailFields<T>(InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("title").Description("The title.");
        type.Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day it takes place.");
        type.Field<NonNullGraphType<StringGraphType>>("place").Description("Where it takes place.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("facilitators").Description($"The trainers' names (at most {WorkshopService.MaxFacilitators}).");
        type.Field<IntGraphType>("seats").Description($"How many participants fit, 1 to {WorkshopService.MaxSeats} (default {WorkshopService.DefaultSeats}).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new WorkshopInput(r.Text("title"), r.Value<DateOnly>("date"), r.Text("place"), r.Strings("facilitators"), r.Value<int>("seats"));
    }
}

public sealed class AttendanceInputType : InputObjectGraphType<AttendanceInput>
{
    public AttendanceInputType()
    {
        Name = "AttendanceInput";
        Description = "Whether one participant attended.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the participant.");
        Field<NonNullGraphType<BooleanGraphType>>("attended").Description("Whether they were present.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new AttendanceInput(r.Id("professionalId", ProfessionalType.TypeName), r.Value<bool>("attended"));
    }
}
