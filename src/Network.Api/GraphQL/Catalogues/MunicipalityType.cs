using GraphQL.Types;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>A municipality: the tenant boundary of the network.</summary>
public sealed class MunicipalityType : ObjectGraphType<MunicipalityDto>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "A municipality (gemeente), the tenant boundary: you see the networks of the municipalities you belong to.";
        Field(m => m.Code).Description("CBS code, e.g. GM9901.");
        Field(m => m.Name).Description("The municipality's name.");
        Field(m => m.TrustValidityMonths).Description("How long confirmed trust lasts before it needs reconfirming, in months.");
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A hash of the entry's content; pass it as expectedVersion to update (REST: the ETag).")
            .Resolve(ctx => CatalogueRules.VersionOf(ctx.Source));
    }
}

public sealed class MunicipalityCreateInputType : InputObjectGraphType<MunicipalityCreateInput>
{
    public MunicipalityCreateInputType()
    {
        Name = "MunicipalityCreateInput";
        Description = "A new municipality (administrators).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("CBS code: GM and four digits.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name, at most 200 characters.");
        Field<IntGraphType>("trustValidityMonths").Description("Trust validity in months, 1 to 120; 24 when left out.");
    }
}

public sealed class MunicipalityUpdateInputType : InputObjectGraphType<MunicipalityUpdateInput>
{
    public MunicipalityUpdateInputType()
    {
        Name = "MunicipalityUpdateInput";
        Description = "A municipality's own settings (its coordinators, administrators).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name, at most 200 characters.");
        Field<NonNullGraphType<IntGraphType>>("trustValidityMonths").Description("Trust validity in months, 1 to 120; moves the expiry of existing trust.");
    }
}
