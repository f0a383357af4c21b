using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Relay;
using Network.Application.Covenants;

namespace Network.Api.GraphQL.Covenants;

/// <summary>An information-sharing agreement.</summary>
public sealed class CovenantType : ObjectGraphType<CovenantDto>
{
    public const string TypeName = "Covenant";

    public CovenantType()
    {
        Name = TypeName;
        Description = "An information-sharing agreement (convenant): organisations that signed it, its purpose and validity period.";
        this.GlobalIdField(TypeName, c => c.Id);
        Field(c => c.Title).Description("The covenant's title.");
        Field(c => c.Purpose).Description("What information may be shared for.");
        Field(c => c.ValidFrom).Description("First day of validity.");
        Field(c => c.ValidUntil, nullable: true).Description("Last day of validity; null when open-ended.");
        Field(c => c.IsValidToday).Description("Whether it is valid today.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CovenantSignatoryType>>>>("signatories").Description("The organisations that signed.").Resolve(ctx => ctx.Source.Signatories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities").Description("CBS codes of the municipalities it covers.").Resolve(ctx => ctx.Source.Municipalities);
        Field(c => c.Version).Description("Changes with every update; pass it as expectedVersion (REST: the ETag).");
    }
}

/// <summary>A signatory organisation of a covenant.</summary>
public sealed class CovenantSignatoryType : ObjectGraphType<CovenantSignatoryDto>
{
    public CovenantSignatoryType()
    {
        Name = "CovenantSignatory";
        Description = "An organisation that signed a covenant. Only signatories you may see are listed.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("Global id of the organisation.")
            .Resolve(ctx => GlobalId.Encode(OrganisationType.TypeName, ctx.Source.OrganisationId));
        Field(s => s.Name).Description("The organisation's name.");
        Field<OrganisationType>("organisation").Description("The organisation (null only if it was removed since the covenant was read); batch-loaded.")
            .Resolve(ctx => ctx.Service<OrganisationLoader>().Load(ctx.Source.OrganisationId));
    }
}

public sealed class CovenantInputType : InputObjectGraphType<CovenantInput>
{
    public CovenantInputType()
    {
        Name = "CovenantInput";
        Description = "A covenant's details (coordinators of all its municipalities, admins).";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The title.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("What information may be shared for.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day of validity.");
        Field<DateOnlyGraphType>("validUntil").Description("Last day of validity, if any.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("signatories").Description("Global ids of the signatory organisations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities").Description("CBS codes of the municipalities covered.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var r = new InputReader(value);
        return new CovenantInput(r.Text("title"), r.Text("purpose"), r.Value<DateOnly>("validFrom"), r.Value<DateOnly>("validUntil"),
            r.Ids("signatories", OrganisationType.TypeName), r.Strings("municipalities"));
    }
}
