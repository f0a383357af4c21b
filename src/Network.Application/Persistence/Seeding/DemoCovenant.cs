using Network.Domain.Covenants;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    public const string SafetyHouseCovenantTitle = "Convenant Zorg- en Veiligheidshuis – casusoverleg radicalisering";

    private static Covenant SafetyHouseCovenant()
    {
        var id = Ids.SafetyHouseCovenant;
        Guid[] signatories =
        [
            Ids.VeiligheidshuisOrg,
            Ids.PoliceOrg,
            Ids.GgdOrg,
            Ids.YouthCareOrg,
            Ids.MunicipalityAmberveenOrg,
            Ids.MunicipalityLindewaardOrg,
        ];
        return new Covenant
        {
            Id = id,
            Title = SafetyHouseCovenantTitle,
            Purpose =
                "Sharing personal data in the case meeting on radicalisation and extremism of the Zorg- en Veiligheidshuis Veenland, "
                + "so that partners can weigh signals together and agree on an early, proportionate approach.",
            ValidFrom = new DateOnly(2025, 1, 1),
            ValidUntil = new DateOnly(2028, 12, 31),
            Signatories = signatories
                .Select(o => new CovenantSignatory { CovenantId = id, OrganisationId = o })
                .ToList(),
            Municipalities = Both.Select(m => new CovenantMunicipality { CovenantId = id, MunicipalityCode = m })
                .ToList(),
        };
    }
}
