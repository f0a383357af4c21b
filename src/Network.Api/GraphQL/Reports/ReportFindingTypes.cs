using GraphQL.Types;
using Network.Api.GraphQL.Organisations;
using Network.Api.GraphQL.Professionals;
using Network.Api.GraphQL.Relay;
using Network.Api.GraphQL.Trust;
using Network.Api.GraphQL.Workshops;
using Network.Domain.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary>A person as the report names them; ids are global ids like everywhere in the schema.</summary>
public sealed class PersonRefType : ObjectGraphType<PersonRef>
{
    public PersonRefType()
    {
        Name = "ReportPerson";
        Description = "A professional as a report names them.";
        Field<NonNullGraphType<IdGraphType>>("professionalId")
            .Description("Global id of the professional.")
            .Resolve(ctx => ReportIds.Professional(ctx.Source.Id));
        Field(p => p.Name).Description("Their name.");
        Field(p => p.Domain, nullable: true).Description("The domain they are drawn under, if any.");
    }
}

public sealed class OrganisationCountType : ObjectGraphType<OrganisationCount>
{
    public OrganisationCountType()
    {
        Name = "OrganisationCount";
        Description = "Professionals and confirmed trust of one organisation.";
        Field<NonNullGraphType<IdGraphType>>("organisationId")
            .Description("Global id of the organisation.")
            .Resolve(ctx => GlobalId.Encode("Organisation", ctx.Source.Id));
        Field(o => o.Name).Description("The organisation's name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains")
            .Description("Its domain ids.")
            .Resolve(ctx => ctx.Source.Domains);
        Field(o => o.Professionals).Description("Professionals working there.");
        Field(o => o.ConfirmedTrust).Description("Confirmed trust relationships its people have.");
    }
}

public sealed class BridgeFindingType : ObjectGraphType<BridgeFinding>
{
    public BridgeFindingType()
    {
        Name = "BridgeFinding";
        Description = "A trust edge whose loss would split a group in two.";
        Field<NonNullGraphType<PersonRefType>>("a").Description("One end.").Resolve(ctx => ctx.Source.A);
        Field<NonNullGraphType<PersonRefType>>("b").Description("The other end.").Resolve(ctx => ctx.Source.B);
        Field(b => b.SideA).Description("People left on a's side without the edge.");
        Field(b => b.SideB).Description("People left on b's side without the edge.");
    }
}

public sealed class ArticulationFindingType : ObjectGraphType<ArticulationFinding>
{
    public ArticulationFindingType()
    {
        Name = "ArticulationFinding";
        Description = "A person whose absence would split a group: a single point of failure.";
        Field<NonNullGraphType<PersonRefType>>("person").Description("The person.").Resolve(ctx => ctx.Source.Person);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeparatedGroupType>>>>("separates")
            .Description("The groups that would fall apart without them.")
            .Resolve(ctx => ctx.Source.Separates);
    }
}

public sealed class SeparatedGroupType : ObjectGraphType<SeparatedGroup>
{
    public SeparatedGroupType()
    {
        Name = "SeparatedGroup";
        Description =
            "A group a single point of failure holds on to; members named only for small groups (up to five).";
        Field(g => g.Size).Description("How many people.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains")
            .Description("Their domain ids.")
            .Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRefType>>>>("members")
            .Description("The members, for small groups.")
            .Resolve(ctx => ctx.Source.Members);
    }
}

public sealed class SoleConnectorFindingType : ObjectGraphType<SoleConnectorFinding>
{
    public SoleConnectorFindingType()
    {
        Name = "SoleConnectorFinding";
        Description = "Every confirmed trust edge between two domains runs through this one person.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains")
            .Description("The two domain ids.")
            .Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<PersonRefType>>("person").Description("The person.").Resolve(ctx => ctx.Source.Person);
        Field(s => s.Edges).Description("How many such edges they carry.");
    }
}

public sealed class RouteFindingType : ObjectGraphType<RouteFinding>
{
    public RouteFindingType()
    {
        Name = "RouteFinding";
        Description = "A routing gap for a concern type.";
        Field(r => r.ConcernTypeId).Description("Concern type id.");
        Field(r => r.ConcernType).Description("English name of the concern type.");
        Field(r => r.ConcernTypeNl).Description("Dutch name of the concern type.");
        Field<NonNullGraphType<EnumerationGraphType<RouteProblem>>>("problem")
            .Description("What is wrong.")
            .Resolve(ctx => ctx.Source.Problem);
        Field<PersonRefType>("contact")
            .Description("The contact concerned, if any.")
            .Resolve(ctx => ctx.Source.Contact);
    }
}

public sealed class StaleEntryFindingType : ObjectGraphType<StaleEntryFinding>
{
    public StaleEntryFindingType()
    {
        Name = "StaleEntryFinding";
        Description = "An entry not verified for a year.";
        Field<NonNullGraphType<PersonRefType>>("person")
            .Description("The professional.")
            .Resolve(ctx => ctx.Source.Person);
        Field(s => s.LastVerifiedOn).Description("When the entry was last verified.");
        Field(s => s.DaysSince).Description("Days since then.");
    }
}

public sealed class TrustDueFindingType : ObjectGraphType<TrustDueFinding>
{
    public TrustDueFindingType()
    {
        Name = "TrustDueFinding";
        Description = "Confirmed trust past its reconfirmation date.";
        Field<NonNullGraphType<IdGraphType>>("trustRelationshipId")
            .Description("Global id of the trust relationship.")
            .Resolve(ctx => GlobalId.Encode("TrustRelationship", ctx.Source.TrustId));
        Field<NonNullGraphType<PersonRefType>>("a").Description("One side.").Resolve(ctx => ctx.Source.A);
        Field<NonNullGraphType<PersonRefType>>("b").Description("The other side.").Resolve(ctx => ctx.Source.B);
        Field(t => t.DueOn).Description("The reconfirmation date that passed.");
        Field<IdGraphType>("workshopId")
            .Description("Global id of the workshop it came from, if any.")
            .Resolve(ctx => ReportIds.Workshop(ctx.Source.WorkshopId));
    }
}

public sealed class NetworkPictureType : ObjectGraphType<NetworkPicture>
{
    public NetworkPictureType()
    {
        Name = "NetworkPicture";
        Description = "The trust graph for drawing: people and confirmed edges.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PictureNodeType>>>>("nodes")
            .Description("The people.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PictureEdgeType>>>>("edges")
            .Description("Confirmed trust edges.")
            .Resolve(ctx => ctx.Source.Edges);
    }
}

public sealed class PictureNodeType : ObjectGraphType<PictureNode>
{
    public PictureNodeType()
    {
        Name = "NetworkPictureNode";
        Description = "A person in the picture.";
        Field<NonNullGraphType<IdGraphType>>("professionalId")
            .Description("Global id of the professional.")
            .Resolve(ctx => ReportIds.Professional(ctx.Source.Id));
        Field(n => n.Name).Description("Their name.");
        Field(n => n.Domain, nullable: true).Description("The domain they are drawn under.");
        Field(n => n.IsArticulationPoint).Description("Whether they are a single point of failure.");
        Field(n => n.IsPending)
            .Description("A workshop participant who has not yet accepted being listed (workshop reports only).");
    }
}

public sealed class PictureEdgeType : ObjectGraphType<PictureEdge>
{
    public PictureEdgeType()
    {
        Name = "NetworkPictureEdge";
        Description = "A confirmed trust edge in the picture.";
        Field<NonNullGraphType<IdGraphType>>("a")
            .Description("Global id of one professional.")
            .Resolve(ctx => ReportIds.Professional(ctx.Source.A));
        Field<NonNullGraphType<IdGraphType>>("b")
            .Description("Global id of the other.")
            .Resolve(ctx => ReportIds.Professional(ctx.Source.B));
        Field<IdGraphType>("workshopId")
            .Description("Global id of the workshop it came from, if any.")
            .Resolve(ctx => ReportIds.Workshop(ctx.Source.WorkshopId));
        Field(e => e.IsBridge).Description("Whether its loss would split a group.");
    }
}

internal static class ReportIds
{
    public static string Professional(Guid id) => GlobalId.Encode("Professional", id);

    public static string? Workshop(Guid? id) => id is { } w ? GlobalId.Encode("Workshop", w) : null;
}
