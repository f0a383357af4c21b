namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>What the service enforces on one request property that the served document does not say (yet).</summary>
public sealed record Gap(bool? NeedsValue = null, int? MaxLength = null, int? MaxItems = null);

/// <summary>
/// The rules the service enforces that the served OpenAPI document does not declare, per schema and property, so
/// the property tests keep trying them until the document says them itself. Each entry is a gap in the document,
/// not a shape invented here: the values are the caps the service validates (and the tests asserted before they
/// read the document). <see cref="DocumentGapTests"/> fails when the document starts declaring one, so an entry is
/// removed as soon as it is no longer a gap. NeedsValue: the document types the property as nullable (or says
/// it is required while the service lets it be left out); the value says what the service does.
/// </summary>
public sealed class DocumentGaps
{
    public static DocumentGaps Known { get; } =
        new(
            new Dictionary<string, Gap>
            {
                // Organisations
                ["OrganisationInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["OrganisationInput.kind"] = new(NeedsValue: true, MaxLength: 60),
                ["OrganisationInput.domains"] = new(NeedsValue: true, MaxItems: 10),
                ["OrganisationInput.municipalities"] = new(NeedsValue: true, MaxItems: 50),
                ["OrganisationInput.contactPoints"] = new(MaxItems: 10),
                ["OrganisationContactPointDto.value"] = new(MaxLength: 320),
                ["OrganisationContactPointDto.label"] = new(MaxLength: 100),
                // Catalogues
                ["DomainCreateInput.id"] = new(NeedsValue: true, MaxLength: 60),
                ["DomainCreateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["DomainCreateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["DomainUpdateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["DomainUpdateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["ProfessionCreateInput.id"] = new(NeedsValue: true, MaxLength: 60),
                ["ProfessionCreateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["ProfessionCreateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["ProfessionCreateInput.regime"] = new(NeedsValue: true),
                ["ProfessionCreateInput.legalSource"] = new(NeedsValue: true, MaxLength: 500),
                ["ProfessionUpdateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["ProfessionUpdateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["ProfessionUpdateInput.regime"] = new(NeedsValue: true),
                ["ProfessionUpdateInput.legalSource"] = new(NeedsValue: true, MaxLength: 500),
                ["ConcernTypeCreateInput.id"] = new(NeedsValue: true, MaxLength: 60),
                ["ConcernTypeCreateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["ConcernTypeCreateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["ConcernTypeCreateInput.description"] = new(NeedsValue: true, MaxLength: 2000),
                ["ConcernTypeCreateInput.expertiseTags"] = new(NeedsValue: true, MaxItems: 20),
                ["ConcernTypeUpdateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["ConcernTypeUpdateInput.nameNl"] = new(NeedsValue: true, MaxLength: 200),
                ["ConcernTypeUpdateInput.description"] = new(NeedsValue: true, MaxLength: 2000),
                ["ConcernTypeUpdateInput.expertiseTags"] = new(NeedsValue: true, MaxItems: 20),
                ["MunicipalityCreateInput.code"] = new(NeedsValue: true, MaxLength: 6),
                ["MunicipalityCreateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["MunicipalityUpdateInput.name"] = new(NeedsValue: true, MaxLength: 200),
                ["MunicipalityUpdateInput.trustValidityMonths"] = new(NeedsValue: true),
                // Covenants
                ["CovenantInput.title"] = new(NeedsValue: true, MaxLength: 200),
                ["CovenantInput.purpose"] = new(NeedsValue: true, MaxLength: 1000),
                ["CovenantInput.validFrom"] = new(NeedsValue: true),
                ["CovenantInput.signatories"] = new(NeedsValue: true, MaxItems: 50),
                ["CovenantInput.municipalities"] = new(NeedsValue: true, MaxItems: 50),
                // Escalation routes
                ["RouteStepInput.kind"] = new(NeedsValue: true),
                ["RouteStepInput.note"] = new(MaxLength: 500),
                ["RouteUpdateInput.steps"] = new(NeedsValue: true, MaxItems: 10),
                ["RouteCreateInput.steps"] = new(NeedsValue: true, MaxItems: 10),
                ["RouteCreateInput.municipality"] = new(NeedsValue: true, MaxLength: 6),
                ["RouteCreateInput.concernType"] = new(NeedsValue: true, MaxLength: 60),
                // Professionals
                ["ProfessionalInput.givenName"] = new(NeedsValue: true, MaxLength: 100),
                ["ProfessionalInput.familyName"] = new(NeedsValue: true, MaxLength: 100),
                ["ProfessionalInput.professionId"] = new(NeedsValue: true, MaxLength: 60),
                ["ProfessionalInput.municipalities"] = new(NeedsValue: true, MaxItems: 50),
                ["ProfessionalInput.domains"] = new(MaxItems: 10),
                ["ProfessionalInput.expertiseTags"] = new(MaxItems: 20),
                ["ProfessionalInput.languages"] = new(MaxItems: 20),
                ["ProfessionalInput.about"] = new(MaxLength: 1000),
                ["ProfessionalInput.memberships"] = new(MaxItems: 10),
                ["ProfessionalInput.contactPoints"] = new(MaxItems: 10),
                ["ProfileInput.expertiseTags"] = new(MaxItems: 20),
                ["ProfileInput.languages"] = new(MaxItems: 20),
                ["ProfileInput.about"] = new(MaxLength: 1000),
                ["ProfileInput.contactPoints"] = new(MaxItems: 10),
                ["ContactPointInput.value"] = new(NeedsValue: true, MaxLength: 320),
                ["MembershipInput.roleTitle"] = new(NeedsValue: true, MaxLength: 200),
                ["MembershipInput.startDate"] = new(NeedsValue: true),
                // Required and not nullable in the document, yet a missing one is read as false. (The document no longer
                // calls the other defaulted booleans required: consent's optionalFields and listing's accept are optional
                // there now, and leaving them out still means withdrawn / declined; the service may want to refuse that.)
                ["ProfileInput.offersAnonymousConsultation"] = new(NeedsValue: false),
            }
        );

    private readonly IReadOnlyDictionary<string, Gap> _gaps;

    private DocumentGaps(IReadOnlyDictionary<string, Gap> gaps) => _gaps = gaps;

    public IReadOnlyDictionary<string, Gap> All => _gaps;

    public Gap? For(string schema, string property) => _gaps.GetValueOrDefault($"{schema}.{property}");
}
