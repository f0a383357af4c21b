using GraphQL.Types;
using Network.Application.Workshops;
using Network.Application.Workshops.Import;

namespace Network.Api.GraphQL.Workshops;

/// <summary>Named for the schema: the application's name is too general there. Described on the enum.</summary>
public sealed class TrustOutcomeType : EnumerationGraphType<TrustOutcome>
{
    public TrustOutcomeType() => Name = "WorkshopTrustOutcomeKind";
}

/// <summary>Named for the schema: the application's name is too general there. Described on the enum.</summary>
public sealed class ImportOutcomeType : EnumerationGraphType<ImportOutcome>
{
    public ImportOutcomeType() => Name = "AttendanceImportOutcome";
}
