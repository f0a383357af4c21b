using Network.Api.GraphQL.Common;
using Network.Domain.Catalogues;

namespace Network.Api.GraphQL.Catalogues;

public sealed class ConfidentialityRegimeType() : DescribedEnumType<ConfidentialityRegime>(
    "ConfidentialityRegime", "What binds a profession's secrecy.",
    (ConfidentialityRegime.MedicalSecrecy, "BIG-registered professions: Wet BIG art. 88, WGBO art. 7:457 BW."),
    (ConfidentialityRegime.YouthCareSecrecy, "Youth care workers: Jeugdwet art. 7.3.11 and the professional code."),
    (ConfidentialityRegime.ProfessionalCode, "Social workers, psychologists: secrecy from their professional code."),
    (ConfidentialityRegime.PoliceData, "Police: Wet politiegegevens."),
    (ConfidentialityRegime.OfficialSecrecy, "Municipal and public officials: official secrecy (Ambtenarenwet art. 125a)."),
    (ConfidentialityRegime.GeneralDataProtection, "No legal professional secrecy (e.g. teachers); the AVG applies."));
