using GraphQL.Types;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>A domain of the catalogue (youth, safety, ...).</summary>
public sealed class DomainType : ObjectGraphType<DomainDto>
{
    public DomainType()
    {
        Name = "Domain";
        Description = "A domain professionals and organisations work in: youth, safety, education, care, social, municipality.";
        Field(d => d.Id).Description("Slug id, e.g. youth; used in filters.");
        Field(d => d.Name).Description("English name.");
        Field(d => d.NameNl).Description("Dutch name.");
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A hash of the entry's content; pass it as expectedVersion to update (REST: the ETag).")
            .Resolve(ctx => CatalogueRules.VersionOf(ctx.Source));
    }
}

public sealed class DomainCreateInputType : InputObjectGraphType<DomainCreateInput>
{
    public DomainCreateInputType()
    {
        Name = "DomainCreateInput";
        Description = "A new domain (administrators).";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Lowercase slug, e.g. youth.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("nameNl").Description("Dutch name, at most 200 characters.");
    }
}

public sealed class DomainUpdateInputType : InputObjectGraphType<DomainUpdateInput>
{
    public DomainUpdateInputType()
    {
        Name = "DomainUpdateInput";
        Description = "A domain's names (administrators).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("nameNl").Description("Dutch name, at most 200 characters.");
    }
}
