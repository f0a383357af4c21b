using System.ComponentModel;
using Network.Application.Catalogues;
using Network.Application.Covenants;
using Network.Application.EscalationRoutes;
using Network.Application.Organisations;
using Network.Application.Professionals;

namespace Network.Application.Changes;

[Description("The kinds of entity a mirror keeps: what the REST API lists for you.")]
public enum ChangeEntityType
{
    [Description("An organisation (GET /organisations/{id}).")]
    Organisation,

    [Description("A professional (GET /professionals/{id}).")]
    Professional,

    [Description("A covenant (GET /covenants/{id}).")]
    Covenant,

    [Description("An escalation route (GET /routes/{id}).")]
    Route,

    [Description("A municipality (GET /municipalities/{code}).")]
    Municipality,

    [Description("A domain of the catalogue (GET /domains/{id}).")]
    Domain,

    [Description("A profession of the catalogue (GET /professions/{id}).")]
    Profession,

    [Description("A concern type of the catalogue (GET /concern-types/{id}).")]
    ConcernType,
}

[Description("What happened to an entity, as you see it now.")]
public enum ChangeKind
{
    [Description("Created or changed, or newly visible to you: the entity as GET gives it to you now.")]
    Upserted,

    [Description(
        "Gone for you: deleted, deactivated where you see only active ones, or no longer visible to you. Only the "
            + "type and id, and only for an entity you could see at some time since your cursor."
    )]
    Removed,
}

/// <summary>
/// One entity of the change feed or the export. Exactly one of the entity properties is present when
/// <see cref="Change"/> is upserted (the one named by <see cref="Type"/>), none when removed.
/// </summary>
[Description(
    "One entity that changed since your cursor. When upserted, the property named by `type` holds the entity exactly "
        + "as its GET gives it to you now; when removed, only `type` and `id`."
)]
public sealed record ChangeDto(
    [property: Description("What kind of entity.")] ChangeEntityType Type,
    [property: Description("The entity's REST id: a UUID, a catalogue id or a CBS code.")] string Id,
    [property: Description("Upserted (keep this version) or removed (forget it).")] ChangeKind Change,
    [property: Description("The organisation, when type is organisation and it was upserted.")]
        OrganisationDto? Organisation = null,
    [property: Description("The professional, when type is professional and it was upserted.")]
        ProfessionalDto? Professional = null,
    [property: Description("The covenant, when type is covenant and it was upserted.")] CovenantDto? Covenant = null,
    [property: Description("The route, when type is route and it was upserted.")] RouteDto? Route = null,
    [property: Description("The municipality, when type is municipality and it was upserted.")]
        MunicipalityDto? Municipality = null,
    [property: Description("The domain, when type is domain and it was upserted.")] DomainDto? Domain = null,
    [property: Description("The profession, when type is profession and it was upserted.")]
        ProfessionDto? Profession = null,
    [property: Description("The concern type, when type is concernType and it was upserted.")]
        ConcernTypeDto? ConcernType = null
);

[Description(
    "A page of the change feed: what changed since your cursor, one entry per entity, and the cursor to ask with next "
        + "time (always present, also when nothing changed)."
)]
public sealed record ChangesPage(
    [property: Description("The entities that changed, in the order of their latest change.")]
        IReadOnlyList<ChangeDto> Items,
    [property: Description("Pass it as `after` next time. Opaque; stable; never expires while this version runs.")]
        string Cursor,
    [property: Description("True when more changes are waiting: ask again with `cursor` at once.")] bool HasMore
);

/// <summary>The last line of an export: where the change feed continues from.</summary>
[Description(
    "The last line of GET /export: the cursor to follow GET /changes from (taken before the export was read), and "
        + "how many entities the export held. A stream without it was cut off."
)]
public sealed record ExportEnd(
    [property: Description("Pass it as `after` to GET /changes.")] string Cursor,
    [property: Description("How many entity lines came before.")] int Count
);
