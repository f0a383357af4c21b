using GraphQL.Types;
using Network.Application.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>A concern type of the catalogue.</summary>
public sealed class ConcernTypeType : ObjectGraphType<ConcernTypeDto>
{
    public ConcernTypeType()
    {
        Name = "ConcernType";
        Description = "A kind of concern (radicalisation, polarisation, ... or 'something else is going on'); routes exist per concern type.";
        Field(c => c.Id).Description("Slug id, e.g. radicalisation; used in filters.");
        Field(c => c.Name).Description("English name.");
        Field(c => c.NameNl).Description("Dutch name.");
        Field(c => c.Description).Description("What the concern type covers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expertiseTags")
            .Description("Expertise tags of professionals who fit this concern.").Resolve(ctx => ctx.Source.ExpertiseTags);
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A hash of the entry's content; pass it as expectedVersion to update (REST: the ETag).")
            .Resolve(ctx => CatalogueRules.VersionOf(ctx.Source));
    }
}

public sealed class ConcernTypeCreateInputType : InputObjectGraphType<ConcernTypeCreateInput>
{
    public ConcernTypeCreateInputType()
    {
        Name = "ConcernTypeCreateInput";
        Description = "A new concern type (administrators).";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Lowercase slug, e.g. radicalisation.");
        ConcernTypeFields.Add(this);
    }
}

public sealed class ConcernTypeUpdateInputType : InputObjectGraphType<ConcernTypeUpdateInput>
{
    public ConcernTypeUpdateInputType()
    {
        Name = "ConcernTypeUpdateInput";
        Description = "A concern type's details (administrators).";
        ConcernTypeFields.Add(this);
    }
}

internal static class ConcernTypeFields
{
    public static void Add<T>(InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description("English name, at most 200 characters.");
        input.Field<NonNullGraphType<StringGraphType>>("nameNl").Description("Dutch name, at most 200 characters.");
        input.Field<NonNullGraphType<StringGraphType>>("description").Description("What the concern type covers.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("expertiseTags").Description("Expertise tags that fit this concern.");
    }
}
