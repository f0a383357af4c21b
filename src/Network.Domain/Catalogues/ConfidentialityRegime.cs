using System.ComponentModel;

namespace Network.Domain.Catalogues;

/// <summary>The legal frame of a profession's duty of confidentiality (see docs: "What may be shared").</summary>
[Description("What binds a profession's secrecy.")]
public enum ConfidentialityRegime
{
    [Description("BIG-registered professions: Wet BIG art. 88, WGBO art. 7:457 BW.")]
    MedicalSecrecy,

    [Description("Youth care workers: Jeugdwet art. 7.3.11 and the professional code.")]
    YouthCareSecrecy,

    [Description("Social workers, psychologists: secrecy from their professional code.")]
    ProfessionalCode,

    [Description("Police: Wet politiegegevens.")]
    PoliceData,

    [Description("Municipal and public officials: official secrecy (Ambtenarenwet art. 125a).")]
    OfficialSecrecy,

    [Description("No legal professional secrecy (e.g. teachers); the AVG applies.")]
    GeneralDataProtection,
}
