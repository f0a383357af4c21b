using System.ComponentModel;
using System.Text;
using GraphQL;
using GraphQL.DataLoader;
using Network.Api.GraphQL.Loading;
using Network.Api.GraphQL.Relay;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.GraphQL.Workshops;

/// <summary><c>workshops</c> (filters of GET /api/v1/workshops) and <c>workshop(id:)</c>.</summary>
public sealed class WorkshopQueries
{
    [Description("Workshops of your municipalities, newest first.")]
    public static Task<Page<WorkshopDto>> Workshops(
        [FromServices] WorkshopService workshops,
        PageRequest page,
        [Description("Only this municipality (CBS code).")] string? municipality,
        CancellationToken ct
    ) => workshops.ListAsync(new WorkshopFilter(municipality), page, ct);

    [Description("One workshop by its global id. Unknown and invisible ids both give null and a NOT_FOUND error.")]
    public static IDataLoaderResult<WorkshopDto?> Workshop(
        IResolveFieldContext context,
        [Id, Description("The workshop's global id.")] string id
    ) => Nodes.One(context, Batches.Workshops, id);
}

/// <summary>Everything REST can change about a workshop: details, participants, attendance, import, trust afterwards.</summary>
public sealed class WorkshopMutations
{
    private const string WorkshopId = "The workshop's global id.";

    [Description("Creates a workshop (coordinators of the municipality, admins).")]
    public static async Task<WorkshopDto?> CreateWorkshop(
        [FromServices] WorkshopService workshops,
        [Description("The new workshop.")] NewWorkshopInput input,
        CancellationToken ct
    ) => await workshops.CreateAsync(input, ct);

    [Description("Replaces a workshop's details. PRECONDITION_FAILED when expectedVersion is not the current version.")]
    public static async Task<WorkshopDto?> UpdateWorkshop(
        [FromServices] WorkshopService workshops,
        [Id, Description(WorkshopId)] string id,
        [Description("The version you read (REST: If-Match).")] int expectedVersion,
        [Description("All of the workshop's details.")] WorkshopInput input,
        CancellationToken ct
    ) => await workshops.UpdateAsync(Nodes.IdOf<WorkshopDto>(id), input, expectedVersion, ct);

    [Description(
        "Adds a professional of the workshop's municipality as participant; CONFLICT when the seats are taken."
    )]
    public static async Task<AddParticipantPayload> AddWorkshopParticipant(
        [FromServices] WorkshopParticipantService participants,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The professional's global id.")] string professionalId,
        CancellationToken ct
    )
    {
        var id = Nodes.IdOf<WorkshopDto>(workshopId);
        var added = await participants.AddAsync(
            id,
            new AddParticipantInput(Nodes.ReferenceTo<ProfessionalDto>(professionalId)),
            ct
        );
        return new AddParticipantPayload(added, await participants.ListAsync(id, ct));
    }

    [Description("Removes a participant; answers the workshop after the change.")]
    public static async Task<WorkshopDto> RemoveWorkshopParticipant(
        [FromServices] WorkshopParticipantService participants,
        [FromServices] WorkshopService workshops,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("The participant's global id.")] string professionalId,
        CancellationToken ct
    )
    {
        var id = Nodes.IdOf<WorkshopDto>(workshopId);
        await participants.RemoveAsync(id, Nodes.ReferenceTo<ProfessionalDto>(professionalId)!.Value, ct);
        return await workshops.GetAsync(id, ct);
    }

    [Description(
        "Marks who attended; every id must be a participant, otherwise nothing changes. Answers the participants."
    )]
    public static Task<IReadOnlyList<WorkshopParticipantDto>> SetWorkshopAttendance(
        [FromServices] WorkshopParticipantService participants,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("One item per participant to mark.")] List<AttendanceInput> attendance,
        CancellationToken ct
    ) => participants.MarkAttendanceAsync(Nodes.IdOf<WorkshopDto>(workshopId), attendance, ct);

    [Description(
        "Imports an attendance list (CSV text: name, email, organisation, profession; at most 200 rows). "
            + "Any bad line: nothing changes and VALIDATION_FAILED lists every problem per line."
    )]
    public static Task<AttendanceImportResult> ImportAttendance(
        [FromServices] AttendanceImportService import,
        [Id, Description(WorkshopId)] string workshopId,
        [Description("The list as CSV text, header row first, separated by ';' or ','.")] string csv,
        [Description("Check and report without changing anything.")] bool? dryRun = false,
        [Description("Mark everyone on the list as attended (the list is of who was there).")]
            bool? markAttended = false,
        CancellationToken ct = default
    ) =>
        import.ImportAsync(
            Nodes.IdOf<WorkshopDto>(workshopId),
            _ => Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(csv)),
            dryRun ?? false,
            ct,
            markAttended ?? false
        );

    [Description(
        "A participant proposes or confirms trust with several other participants at once, with the workshop as provenance. All or nothing."
    )]
    public static Task<WorkshopTrustResult> TrustAfterWorkshop(
        [FromServices] WorkshopTrustService trust,
        [Id, Description(WorkshopId)] string workshopId,
        [Id, Description("Global ids of the other participants.")] List<string> professionalIds,
        CancellationToken ct
    ) =>
        trust.ProposeOrConfirmAsync(
            Nodes.IdOf<WorkshopDto>(workshopId),
            new WorkshopTrustInput(
                professionalIds.Select(id => Nodes.ReferenceTo<ProfessionalDto>(id)!.Value).ToList()
            ),
            ct
        );
}
