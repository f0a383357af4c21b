namespace Network.Domain.Catalogues;

/// <summary>The legal frame of a profession's duty of confidentiality (see docs: "What may be shared").</summary>
public enum ConfidentialityRegime
{
    /// <summary>BIG-registered professions: Wet BIG art. 88, WGBO art. 7:457 BW.</summary>
    MedicalSecrecy,
    /// <summary>Youth care workers: Jeugdwet art. 7.3.11 and the professional code.</summary>
    YouthCareSecrecy,
    /// <summary>Social workers, psychologists: secrecy from their professional code.</summary>
    ProfessionalCode,
    /// <summary>Police: Wet politiegegevens.</summary>
    PoliceData,
    /// <summary>Municipal and public officials: official secrecy (Ambtenarenwet art. 125a).</summary>
    OfficialSecrecy,
    /// <summary>No legal professional secrecy (e.g. teachers); the AVG applies.</summary>
    GeneralDataProtection,
}
