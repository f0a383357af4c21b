using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Application.Catalogues;
using Network.Domain.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

/// <summary>A profession of the catalogue, with its confidentiality regime.</summary>
public sealed class ProfessionType : ObjectGraphType<ProfessionDto>
{
    public ProfessionType()
    {
        Name = "Profession";
        Description = "A profession (jeugdarts, wijkagent, ...) and the confidentiality regime that binds it. Information, not legal advice.";
        Field(p => p.Id).Description("Slug id, e.g. youth-doctor; used in filters.");
        Field(p => p.Name).Description("English name.");
        Field(p => p.NameNl).Description("Dutch name.");
        Field<NonNullGraphType<ConfidentialityRegimeType>>("regime").Description("The confidentiality regime of the profession.").Resolve(ctx => ctx.Source.Regime);
        Field(p => p.LegalSource).Description("Where the regime comes from (law or professional code).");
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("A hash of the entry's content; pass it as expectedVersion to update (REST: the ETag).")
            .Resolve(ctx => CatalogueRules.VersionOf(ctx.Source));
    }
}

public sealed class ConfidentialityRegimeType() : DescribedEnumType<ConfidentialityRegime>(
    "ConfidentialityRegime", "What binds a profession's secrecy.",
    (ConfidentialityRegime.MedicalSecrecy, "BIG-registered professions: Wet BIG art. 88, WGBO art. 7:457 BW."),
    (ConfidentialityRegime.YouthCareSecrecy, "Youth care workers: Jeugdwet art. 7.3.11 and the professional code."),
    (ConfidentialityRegime.ProfessionalCode, "Social workers, psychologists: secrecy from their professional code."),
    (ConfidentialityRegime.PoliceData, "Police: Wet politiegegevens."),
    (ConfidentialityRegime.OfficialSecrecy, "Municipal and public officials: official secrecy (Ambtenarenwet art. 125a)."),
    (ConfidentialityRegime.GeneralDataProtection, "No legal professional secrecy (e.g. teachers); the AVG applies."));

public sealed class ProfessionCreateInputType : InputObjectGraphType<ProfessionCreateInput>
{
    public ProfessionCreateInputType()
    {
        Name = "ProfessionCreateInput";
        Description = "A new profession (administrators).";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Lowercase slug, e.g. youth-doctor.");
        ProfessionFields.Add(this);
    }
}

public sealed class ProfessionUpdateInputType : InputObjectGraphType<ProfessionUpdateInput>
{
    public ProfessionUpdateInputType()
    {
        Name = "ProfessionUpdateInput";
        Description = "A profession's details (administrators).";
        ProfessionFields.Add(this);
    }
}

internal static class ProfessionFields
{
    public static void Add<T>(InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description("English name, at most 200 characters.");
        input.Field<NonNullGraphType<StringGraphType>>("nameNl").Description("Dutch name, at most 200 characters.");
        input.Field<NonNullGraphType<ConfidentialityRegimeType>>("regime").Description("The confidentiality regime.");
        input.Field<NonNullGraphType<StringGraphType>>("legalSource").Description("Where the regime comes from.");
    }
}
