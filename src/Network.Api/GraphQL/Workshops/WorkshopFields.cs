using System.Text;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Execution;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.GraphQL.Workshops;

/// <summary><c>workshops</c> (filters of GET /api/v1/workshops) and <c>workshop(id:)</c>.</summary>
public sealed class WorkshopQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<WorkshopType>("workshops", "Workshops of your municipalities, newest first.")
            .Argument<StringGraphType>("municipality", "Only this municipality (CBS code).")
            .ResolveAsync(ctx => ctx.PageAsync((page, ct) => ctx.Service<WorkshopService>().ListAsync(
                new WorkshopFilter(ctx.GetArgument<string?>("municipality")), page, ct)));

        query.Field<WorkshopType>("workshop")
            .Description("One workshop by its global id. Unknown and invisible ids both give null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The workshop's global id.")
            .Resolve(ctx => ctx.Load(Batches.Workshops, ctx.IdArgument(WorkshopType.TypeName))
                .Then(w => w ?? throw new NotFoundException("workshop")));
    }
}

/// <summary>Everything REST can change about a workshop: details, participants, attendance, import, trust afterwards.</summary>
public sealed class WorkshopMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<WorkshopType>("createWorkshop").Description("Creates a workshop (coordinators of the municipality, admins).")
            .Argument<NonNullGraphType<WorkshopCreateInputType>>("input", "The new workshop.")
            .ResolveAsync(async ctx => await ctx.Service<WorkshopService>().CreateAsync(ctx.GetArgument<NewWorkshopInput>("input"), ctx.CancellationToken));

        mutation.Field<WorkshopType>("updateWorkshop").Description("Replaces a workshop's details. PRECONDITION_FAILED when expectedVersion is not the current version.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The workshop's global id.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version you read (REST: If-Match).")
            .Argument<NonNullGraphType<WorkshopInputType>>("input", "All of the workshop's details.")
            .ResolveAsync(async ctx => await ctx.Service<WorkshopService>().UpdateAsync(ctx.IdArgument(WorkshopType.TypeName),
                ctx.GetArgument<WorkshopInput>("input"), ctx.GetArgument<int>("expectedVersion"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<AddParticipantPayloadType>>("addWorkshopParticipant")
            .Description("Adds a professional of the workshop's municipality as participant; CONFLICT when the seats are taken.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .Argument<NonNullGraphType<IdGraphType>>("professionalId", "The professional's global id.")
            .ResolveAsync(async ctx =>
            {
                var (id, service) = (ctx.IdArgument(WorkshopType.TypeName, "workshopId"), ctx.Service<WorkshopParticipantService>());
                var added = await service.AddAsync(id, new AddParticipantInput(ProfessionalArgument(ctx)), ctx.CancellationToken);
                return new AddParticipantPayload(added, await service.ListAsync(id, ctx.CancellationToken));
            });

        mutation.Field<NonNullGraphType<WorkshopType>>("removeWorkshopParticipant").Description("Removes a participant; answers the workshop after the change.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .Argument<NonNullGraphType<IdGraphType>>("professionalId", "The participant's global id.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.IdArgument(WorkshopType.TypeName, "workshopId");
                await ctx.Service<WorkshopParticipantService>().RemoveAsync(id, ProfessionalArgument(ctx), ctx.CancellationToken);
                return await ctx.Service<WorkshopService>().GetAsync(id, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopParticipantType>>>>("setWorkshopAttendance")
            .Description("Marks who attended; every id must be a participant, otherwise nothing changes. Answers the participants.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceInputType>>>>("attendance", "One item per participant to mark.")
            .ResolveAsync(async ctx => await ctx.Service<WorkshopParticipantService>().MarkAttendanceAsync(
                ctx.IdArgument(WorkshopType.TypeName, "workshopId"), ctx.GetArgument<List<AttendanceInput>>("attendance"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<AttendanceImportResultType>>("importAttendance")
            .Description($"Imports an attendance list (CSV text: name, email, organisation, profession; at most {AttendanceCsv.MaxRows} rows). " +
                         "Any bad line: nothing changes and VALIDATION_FAILED lists every problem per line.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .Argument<NonNullGraphType<StringGraphType>>("csv", "The list as CSV text, header row first, separated by ';' or ','.")
            .Argument<BooleanGraphType>("dryRun", arg =>
            {
                arg.DefaultValue = false;
                arg.Description = "Check and report without changing anything.";
            })
            .ResolveAsync(async ctx =>
            {
                var csv = ctx.GetArgument<string>("csv");
                return await ctx.Service<AttendanceImportService>().ImportAsync(ctx.IdArgument(WorkshopType.TypeName, "workshopId"),
                    _ => Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(csv)), ctx.GetArgument<bool>("dryRun"), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WorkshopTrustResultType>>("trustAfterWorkshop")
            .Description("A participant proposes or confirms trust with several other participants at once, with the workshop as provenance. All or nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("workshopId", "The workshop's global id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("professionalIds", "Global ids of the other participants.")
            .ResolveAsync(async ctx => await ctx.Service<WorkshopTrustService>().ProposeOrConfirmAsync(ctx.IdArgument(WorkshopType.TypeName, "workshopId"),
                new WorkshopTrustInput(ctx.GetArgument<List<string>>("professionalIds").Select(id => GlobalId.ToGuid(id, ProfessionalType.TypeName) ?? Guid.Empty).ToList()),
                ctx.CancellationToken));
    }

    /// <summary>A wrong professional id is an id that exists nowhere: the application answers it as REST does for an unknown id.</summary>
    private static Guid ProfessionalArgument(IResolveFieldContext ctx) =>
        GlobalId.ToGuid(ctx.GetArgument<string>("professionalId"), ProfessionalType.TypeName) ?? Guid.Empty;
}

public sealed class WorkshopNodes : INodeSource
{
    public string TypeName => WorkshopType.TypeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid localId) =>
        context.Load(Batches.Workshops, localId).Then(w => (object?)w);
}
