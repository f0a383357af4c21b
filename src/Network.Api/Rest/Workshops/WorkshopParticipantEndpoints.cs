using Network.Api.Rest.Common;
using Network.Application.Common;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.Rest.Workshops;

public static class WorkshopParticipantEndpoints
{
    private static readonly string[] CsvTypes = ["text/csv", "application/csv"];

    public static RouteGroupBuilder MapWorkshopParticipantEndpoints(this RouteGroupBuilder group)
    {
        group
            .MapGet(
                "/{id:guid}/participants",
                async (Guid id, HttpRequest request, WorkshopParticipantService service, CancellationToken ct) =>
                    TypedResults.Ok(AsPage(await service.ListAsync(id, ct), request))
            )
            .WithSummary("List a workshop's participants (its coordinators, and the participants themselves)")
            .WithDescription(
                "A participating professional sees the other participants who are listed, with `trustWithYou`: their trust state with each."
            )
            .Produces<PagedResponse<WorkshopParticipantDto>>()
            .ProducesCommonProblems(404);

        group
            .MapPost(
                "/{id:guid}/participants",
                async (
                    Guid id,
                    AddParticipantInput input,
                    HttpRequest request,
                    WorkshopParticipantService service,
                    CancellationToken ct
                ) =>
                {
                    var added = await service.AddAsync(id, input, ct);
                    var list = AsPage(await service.ListAsync(id, ct), request);
                    return added
                        ? (IResult)TypedResults.Created($"/api/v1/workshops/{id}/participants", list)
                        : TypedResults.Ok(list);
                }
            )
            .WithSummary("Add a professional of the workshop's municipality as participant")
            .WithDescription("201 when added, 200 when they already were a participant; 409 when the seats are taken.")
            .Accepts<AddParticipantInput>("application/json")
            .Produces<PagedResponse<WorkshopParticipantDto>>(201)
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        group
            .MapDelete(
                "/{id:guid}/participants/{professionalId:guid}",
                async (Guid id, Guid professionalId, WorkshopParticipantService service, CancellationToken ct) =>
                {
                    await service.RemoveAsync(id, professionalId, ct);
                    return TypedResults.NoContent();
                }
            )
            .WithSummary("Remove a participant")
            .WithDescription(
                "Coordinators of the workshop's municipality and administrators (403 for professionals who see the "
                    + "workshop); 404 when the workshop is not visible to you or the person is not a participant. Trust "
                    + "proposed at the workshop stays as it is; 409 when the workshop changed at the same moment (try "
                    + "again). Audited (`workshop.participant-remove`); answers 204."
            )
            .ProducesCommonProblems(403, 404, 409);

        group
            .MapPut(
                "/{id:guid}/attendance",
                async (
                    Guid id,
                    IReadOnlyList<AttendanceInput> items,
                    HttpRequest request,
                    WorkshopParticipantService service,
                    CancellationToken ct
                ) => TypedResults.Ok(AsPage(await service.MarkAttendanceAsync(id, items, ct), request))
            )
            .WithSummary("Mark attendance: a list of {professionalId, attended}")
            .WithDescription(
                "Every id must be a participant; otherwise nothing changes and the 400 lists each bad item."
            )
            .Accepts<IReadOnlyList<AttendanceInput>>("application/json")
            .Produces<PagedResponse<WorkshopParticipantDto>>()
            .ProducesCommonProblems(400, 403, 404, 409, 415);

        group
            .MapPost(
                "/{id:guid}/participants/import",
                async (
                    Guid id,
                    HttpRequest request,
                    AttendanceImportService service,
                    CancellationToken ct,
                    bool dryRun = false,
                    bool markAttended = false
                ) =>
                    TypedResults.Ok(
                        await service.ImportAsync(id, token => ReadCsvAsync(request, token), dryRun, ct, markAttended)
                    )
            )
            .WithSummary("Import an attendance list (CSV: name, email, organisation, profession)")
            .WithDescription(
                "Send `Content-Type: text/csv`: a header row, then one row per participant, separated by `;` or `,`, UTF-8 with or "
                    + $"without BOM, at most {AttendanceCsv.MaxBytes / 1024} KiB and {AttendanceCsv.MaxRows} rows. Each line is matched to an existing "
                    + "professional (work e-mail, else exact name, within the municipality) or creates a pending one (visible to coordinators "
                    + "only until they accept being listed). Any bad line: nothing changes and the 400's `errors` lists every problem per line. "
                    + "`dryRun=true` checks and reports without changing anything. `markAttended=true` marks everyone on the list "
                    + "as attended (the list is of who was there), existing participants included."
            )
            .Accepts<string>("text/csv")
            .Produces<AttendanceImportResult>()
            .ProducesCommonProblems(400, 403, 404, 409, 413, 415);

        return group;
    }

    private static PagedResponse<WorkshopParticipantDto> AsPage(
        IReadOnlyList<WorkshopParticipantDto> items,
        HttpRequest request
    ) => PagedResponse.From(new Page<WorkshopParticipantDto>(items, items.Count, null, 0), request);

    /// <summary>Reads the CSV body within the size cap: 415 for another media type, 413 when too large.</summary>
    internal static async Task<ReadOnlyMemory<byte>> ReadCsvAsync(
        HttpRequest request,
        CancellationToken ct,
        int maxBytes = AttendanceCsv.MaxBytes
    )
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !CsvTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            throw new BadHttpRequestException("Send the list as text/csv.", StatusCodes.Status415UnsupportedMediaType);
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge(int maxBytes) =>
        new($"The list is larger than {maxBytes / 1024} KiB.", StatusCodes.Status413PayloadTooLarge);
}
