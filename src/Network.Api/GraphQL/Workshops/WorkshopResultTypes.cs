using System.ComponentModel;
using Network.Api.GraphQL.TypeFirst;
using Network.Application.Workshops;

namespace Network.Api.GraphQL.Workshops;

/// <summary>What adding a participant did, and the list after it.</summary>
[Description("The outcome of adding a participant.")]
public sealed record AddParticipantPayload(
    [property: Description("True when added; false when they already were a participant (REST: 201 or 200).")]
        bool Added,
    [property: Description("The participants after the change.")] IReadOnlyList<WorkshopParticipantDto> Participants
);

public sealed class AddParticipantPayloadType : NetworkObjectType<AddParticipantPayload>
{
    public AddParticipantPayloadType() => Name = "AddWorkshopParticipantPayload";
}
