using System.Text.Json;
using GraphQL.Types;
using Network.Api.GraphQL.Common;
using Network.Domain.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary>The network report of one municipality (the JSON of GET /api/v1/municipalities/{code}/network-report).</summary>
public sealed class NetworkReportType : ObjectGraphType<NetworkReport>
{
    public NetworkReportType()
    {
        Name = "NetworkReport";
        Description =
            "A municipality's trust network at one moment: counts, the domain matrix, weak places, routing gaps, ageing data and recommendations.";
        Field(r => r.MunicipalityCode).Description("CBS code of the municipality.");
        Field(r => r.MunicipalityName).Description("Name of the municipality.");
        Field(r => r.AsOf).Description("The moment the report describes (UTC).");
        Field<NonNullGraphType<ReportSummaryType>>("summary")
            .Description("The headline numbers.")
            .Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DomainCountType>>>>("domains")
            .Description("Professionals and organisations per domain.")
            .Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationCountType>>>>("organisations")
            .Description("Professionals and confirmed trust per organisation.")
            .Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<DomainMatrixType>>("domainMatrix")
            .Description("Confirmed trust between domains.")
            .Resolve(ctx => ctx.Source.DomainMatrix);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRefType>>>>("withoutTrust")
            .Description("Professionals without any confirmed trust relationship.")
            .Resolve(ctx => ctx.Source.WithoutTrust);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgeFindingType>>>>("bridges")
            .Description("Trust edges whose loss would split a group.")
            .Resolve(ctx => ctx.Source.Bridges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticulationFindingType>>>>("articulationPoints")
            .Description("People whose absence would split a group: single points of failure.")
            .Resolve(ctx => ctx.Source.ArticulationPoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SoleConnectorFindingType>>>>("soleDomainConnectors")
            .Description("People through whom all confirmed trust between two domains runs.")
            .Resolve(ctx => ctx.Source.SoleDomainConnectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteFindingType>>>>("routeFindings")
            .Description(
                "Concern types without a route, or whose contact is inactive, unlisted or unreachable by trust."
            )
            .Resolve(ctx => ctx.Source.RouteFindings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaleEntryFindingType>>>>("staleEntries")
            .Description("Entries not verified for a year.")
            .Resolve(ctx => ctx.Source.StaleEntries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustDueFindingType>>>>("trustDue")
            .Description("Confirmed trust past its reconfirmation date.")
            .Resolve(ctx => ctx.Source.TrustDue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationType>>>>("recommendations")
            .Description("Advice derived from the findings, most severe first.")
            .Resolve(ctx => ctx.Source.Recommendations);
        Field<NonNullGraphType<NetworkPictureType>>("graph")
            .Description("The trust graph for drawing.")
            .Resolve(ctx => ctx.Source.Graph);
    }
}

public sealed class ReportSummaryType : ObjectGraphType<ReportSummary>
{
    public ReportSummaryType()
    {
        Name = "NetworkReportSummary";
        Description = "The headline numbers of a network report.";
        Field(s => s.Professionals).Description("Professionals serving the municipality.");
        Field(s => s.PendingListing).Description("Of those, how many have not yet accepted being listed.");
        Field(s => s.Organisations).Description("Organisations serving the municipality.");
        Field(s => s.ConfirmedTrust).Description("Confirmed, unexpired trust relationships.");
        Field(s => s.OpenProposals).Description("Trust proposals not yet answered.");
        Field(s => s.Groups).Description("Connected groups of the trust graph (people with trust).");
        Field(s => s.LargestGroup).Description("Size of the largest group.");
        Field(s => s.WithoutTrust).Description("Professionals without any confirmed trust.");
    }
}

public sealed class DomainCountType : ObjectGraphType<DomainCount>
{
    public DomainCountType()
    {
        Name = "DomainCount";
        Description = "How many professionals and organisations work in one domain.";
        Field(d => d.DomainId).Description("Domain id.");
        Field(d => d.Name).Description("English name.");
        Field(d => d.NameNl).Description("Dutch name.");
        Field(d => d.Professionals).Description("Professionals in this domain.");
        Field(d => d.Organisations).Description("Organisations in this domain.");
    }
}

public sealed class DomainMatrixType : ObjectGraphType<DomainMatrix>
{
    public DomainMatrixType()
    {
        Name = "DomainMatrix";
        Description =
            "Confirmed trust edges between domains: cells[i][j] joins domains[i] and domains[j] (symmetric; the diagonal is trust within a domain).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains")
            .Description("Domain ids, the rows and columns in order.")
            .Resolve(ctx => ctx.Source.Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>>>("cells")
            .Description("Edge counts, row by row.")
            .Resolve(ctx => ctx.Source.Cells);
    }
}

public sealed class RecommendationType : ObjectGraphType<Recommendation>
{
    public RecommendationType()
    {
        Name = "Recommendation";
        Description = "One advice, in Dutch and English, with the data it is drawn from.";
        Field(r => r.Code).Description("Stable code of the kind of advice.");
        Field(r => r.Severity).Description("How urgent: high, medium, low or info.");
        Field(r => r.Nl).Description("The advice in Dutch.");
        Field(r => r.En).Description("The advice in English.");
        Field<NonNullGraphType<StringGraphType>>("evidence")
            .Description(
                "The data behind the advice as a JSON object (free-form per code; ids in it are database ids, as in REST)."
            )
            .Resolve(ctx => JsonSerializer.Serialize(ctx.Source.Evidence, JsonSerializerOptions.Web));
    }
}
