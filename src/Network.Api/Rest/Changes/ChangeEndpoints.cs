using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Network.Api.Rest.Common;
using Network.Application.Changes;
using Network.Application.Organisations;
using Network.Domain.Contacts;

namespace Network.Api.Rest.Changes;

/// <summary>Synchronisation for mirrors: the export once, then the change feed (README "Mirroring the directory").</summary>
public static class ChangeEndpoints
{
    public const string NdJson = "application/x-ndjson";
    private static readonly ReadOnlyMemory<byte> Newline = "\n"u8.ToArray();

    public static RouteGroupBuilder MapChangeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(
                "/changes",
                async (
                    ChangeFeedService feed,
                    CancellationToken ct,
                    [Description(
                        "The cursor you have: the last line of GET /export, or `cursor` of the page before. Left out, "
                            + "the feed starts at the beginning of the log."
                    )]
                        string? after = null,
                    [Description("At most this many entities per page, 1 to 100 (default 25).")] int? pageSize = null
                ) => TypedResults.Ok(await feed.ReadAsync(after, pageSize, ct))
            )
            .WithTags("Mirroring")
            .WithSummary("What changed for you since a cursor: upserted and removed entities (change feed)")
            .WithDescription(
                "For systems that keep a mirror: pass the cursor of GET /export (or of the last page) as `after`; the "
                    + "answer lists each entity that changed since, once, in the order of its latest change: "
                    + "`upserted` with the entity exactly as its GET gives it to you now, or `removed` (type and id "
                    + "only) when it was deleted, deactivated or is no longer visible to you (a removal names only what "
                    + "you could see at some time since your cursor). A contact point you may no longer see is an "
                    + "upsert of its professional without it. The answer always carries the next `cursor`, also when "
                    + "nothing changed; while `hasMore` is true, ask again at once. Without `after` the feed starts at "
                    + "the beginning of the log; start a mirror with GET /export instead. A cursor this API did not "
                    + "issue is a 400 (VALIDATION_FAILED on `after`), as is a query parameter other than `after` and "
                    + "`pageSize`. The log is kept in full, so a cursor does not expire. 403: a signed-in identity "
                    + "linked to nothing in the directory (no entry, role or registered system client)."
            )
            .Produces<ChangesPage>()
            .ProducesCommonProblems(400, 403)
            .WithResponseExample(StatusCodes.Status200OK, PageExample)
            .WithResponseExample(
                StatusCodes.Status400BadRequest,
                OpenApiExamples.ValidationProblem(
                    "after",
                    "is not a change cursor this API issued (take it from GET /export or the last page)"
                )
            );

        api.MapGet("/export", ExportAsync)
            .WithTags("Mirroring")
            .WithSummary("Everything you may see, streamed as NDJSON, ending with the cursor to follow the feed from")
            .WithDescription(
                "One JSON object per line (`application/x-ndjson`): each line a `ChangeDto` (change `upserted`, the "
                    + "entity as its GET gives it to you), type by type (organisations, professionals, covenants, "
                    + "routes, municipalities, domains, professions, concern types); the last line an `ExportEnd` "
                    + "with the `cursor` to pass as `after` to GET /changes and the `count` of entity lines. The cursor "
                    + "is taken before anything is read, so whatever changes during the export comes again in the "
                    + "feed. A stream without the final line was cut off: start again. It takes no query parameters "
                    + "(any is a 400). 403: a signed-in identity linked to nothing in the directory."
            )
            .Produces<string>(StatusCodes.Status200OK, NdJson)
            .AddOpenApiOperationTransformer(
                (operation, _, _) =>
                {
                    if (operation.Responses?["200"] is OpenApiResponse { Content: { } content })
                        content[NdJson].Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Description =
                                "Newline-delimited JSON: one ChangeDto per line, then one ExportEnd "
                                + "(`{\"cursor\": \"...\", \"count\": N}`).",
                            Examples = [JsonValue.Create(ExportExample)],
                        };
                    return Task.CompletedTask;
                }
            )
            .ProducesCommonProblems(400, 403)
            .WithResponseExample(
                StatusCodes.Status400BadRequest,
                OpenApiExamples.ValidationProblem(
                    "after",
                    "is not a query parameter of this operation, which takes none"
                )
            );

        return api;
    }

    /// <summary>A page as a system client of Amberveen sees it: one organisation changed, one professional gone.</summary>
    private static readonly ChangesPage PageExample = new(
        [
            new ChangeDto(
                ChangeEntityType.Organisation,
                "00000000-0000-0000-0001-000000000002",
                ChangeKind.Upserted,
                Organisation: new OrganisationDto(
                    new Guid("00000000-0000-0000-0001-000000000002"),
                    "Het Amberlyceum",
                    "school",
                    true,
                    ["education"],
                    ["GM9901"],
                    [new OrganisationContactPointDto(ContactChannel.WorkPhone, "+31 20 000 0102", "Switchboard")],
                    2,
                    new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)
                )
            ),
            new ChangeDto(ChangeEntityType.Professional, "00000000-0000-0000-0002-000000000007", ChangeKind.Removed),
        ],
        "YzEuMTAyLjE3OTYyODcwODU4MTg",
        false
    );

    private const string ExportExample = """
        {"type":"organisation","id":"00000000-0000-0000-0001-000000000002","change":"upserted","organisation":{"id":"00000000-0000-0000-0001-000000000002","name":"Het Amberlyceum","kind":"school","isActive":true,"domains":["education"],"municipalities":["GM9901"],"contactPoints":[],"version":1,"updatedAt":"2026-12-03T08:00:00Z"}}
        {"cursor":"YzEuMTAwLjE3OTYyODcwODU4MTg","count":1}

        """;

    private static async Task ExportAsync(
        HttpContext http,
        ChangeFeedService feed,
        IOptions<JsonOptions> json,
        CancellationToken ct
    )
    {
        var options = json.Value.SerializerOptions;
        var cursor = await feed.HeadAsync(ct);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = NdJson + "; charset=utf-8";
        var body = http.Response.Body;
        var count = 0;
        await foreach (var item in feed.ExportAsync(ct))
        {
            await JsonSerializer.SerializeAsync(body, item, options, ct);
            await body.WriteAsync(Newline, ct);
            if (++count % 100 == 0)
                await body.FlushAsync(ct);
        }
        await JsonSerializer.SerializeAsync(body, new ExportEnd(cursor, count), options, ct);
        await body.WriteAsync(Newline, ct);
        await body.FlushAsync(ct);
    }
}
