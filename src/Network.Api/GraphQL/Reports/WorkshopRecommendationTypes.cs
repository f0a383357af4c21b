using Network.Api.GraphQL.TypeFirst;
using Network.Domain.Reports;

namespace Network.Api.GraphQL.Reports;

/// <summary>The advisor's records live in the domain; served as read from them (descriptions on the records).</summary>
public sealed class WorkshopRecommendationType : NetworkObjectType<WorkshopRecommendation>;

public sealed class AdviceEvidenceType : NetworkObjectType<AdviceEvidence>;
