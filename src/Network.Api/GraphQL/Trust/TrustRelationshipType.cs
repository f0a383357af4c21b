using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Application.Trust;
using Network.Domain.Trust;

using Network.Api.GraphQL.Loading;

namespace Network.Api.GraphQL.Trust;

/// <summary>Trust between two professionals, visible to the two of them and to coordinators.</summary>
public sealed class TrustRelationshipType : ObjectGraphType<TrustRelationshipDto>
{
    public const string TypeName = "TrustRelationship";

    public TrustRelationshipType()
    {
        Name = TypeName;
        Description = "Trust between two professionals: proposed by one, confirmed by the other, ageing until reconfirmed. Visible to the two and to coordinators.";
        this.GlobalIdField(TypeName, t => t.Id);
        Field<NonNullGraphType<TrustPartyType>>("proposer").Description("Who proposed the trust.").Resolve(ctx => ctx.Source.Proposer);
        Field<NonNullGraphType<TrustPartyType>>("recipient").Description("Who was asked to confirm it.").Resolve(ctx => ctx.Source.Recipient);
        Field(t => t.MunicipalityCode).Description("The municipality whose validity period applies.");
        Field<NonNullGraphType<TrustStatusType>>("status").Description("Where the relationship stands.").Resolve(ctx => ctx.Source.Status);
        Field<IdGraphType>("workshopId").Description("Global id of the workshop where they met, if any.")
            .Resolve(ctx => ctx.Source.WorkshopId is { } id ? GlobalId.Encode("Workshop", id) : null);
        Field(t => t.WorkshopTitle, nullable: true).Description("Title of that workshop (the provenance).");
        Field(t => t.WorkshopDate, nullable: true).Description("Date of that workshop.");
        Field(t => t.ProposedAt).Description("When it was proposed.");
        Field(t => t.ConfirmedAt, nullable: true).Description("When it was first confirmed.");
        Field(t => t.LastConfirmedAt, nullable: true).Description("When it was last (re)confirmed.");
        Field(t => t.ExpiresAt, nullable: true).Description("When confirmed trust expires unless reconfirmed.");
        Field(t => t.RevokedAt, nullable: true).Description("When it was revoked.");
        Field(t => t.Version).Description("Changes with every transition; pass it as expectedVersion (REST: the ETag).");
    }
}

/// <summary>One side of a trust relationship.</summary>
public sealed class TrustPartyType : ObjectGraphType<TrustParty>
{
    public TrustPartyType()
    {
        Name = "TrustParty";
        Description = "One of the two professionals in a trust relationship.";
        Field<NonNullGraphType<IdGraphType>>("professionalId").Description("Global id of the professional.")
            .Resolve(ctx => GlobalId.Encode(ProfessionalType.TypeName, ctx.Source.Id));
        Field(p => p.DisplayName).Description("The professional's name.");
        Field<ProfessionalType>("professional").Description("The professional's entry as you may see it; null when you may not. Batch-loaded.")
            .Resolve(ctx => ctx.Load(Batches.Professionals, ctx.Source.Id));
    }
}

public sealed class TrustStatusType() : DescribedEnumType<TrustStatus>(
    "TrustStatus", "Where a trust relationship stands.",
    (TrustStatus.Proposed, "Proposed by one professional, waiting for the other to confirm."),
    (TrustStatus.Confirmed, "Confirmed by both; grants visibility of trusted contact points until it expires."),
    (TrustStatus.Revoked, "Withdrawn by either person."),
    (TrustStatus.Expired, "Not reconfirmed within the municipality's validity period."));
