namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    /// <summary>
    /// Fixed ids of the demo network, so tests and api.http can name them. Every id reads
    /// <c>00000000-0000-0000-GGGG-NNNNNNNNNNNN</c>: GGGG is the kind (0001 organisations, 0002 professionals,
    /// 0003 workshops, 0004 routes, 0005 covenants, 0006 trust relationships; 0007 memberships,
    /// 0008 professionals' contact points, 0009 organisations' contact points, 0010 route steps; 0011 workshop outcome items, 0012 agreements, 0013 evaluations, 0014 accounts) and
    /// N the number within that kind. Guids cannot be C# constants; these are the next best thing.
    /// </summary>
    public static class Ids
    {
        public static Guid Of(int kind, long number) => new($"00000000-0000-0000-{kind:D4}-{number:D12}");

        internal const int OrganisationKind = 1,
            ProfessionalKind = 2,
            WorkshopKind = 3,
            RouteKind = 4,
            CovenantKind = 5,
            TrustKind = 6,
            MembershipKind = 7,
            ContactPointKind = 8,
            OrganisationContactPointKind = 9,
            RouteStepKind = 10,
            OutcomeKind = 11,
            AgreementKind = 12,
            EvaluationKind = 13,
            AccountKind = 14;

        // ---- organisations ----
        public static readonly Guid VeiligheidshuisOrg = Of(OrganisationKind, 1);
        public static readonly Guid AmberlyceumOrg = Of(OrganisationKind, 2);
        public static readonly Guid VeenpoortOrg = Of(OrganisationKind, 3);
        public static readonly Guid LindecollegeOrg = Of(OrganisationKind, 4);
        public static readonly Guid GgdOrg = Of(OrganisationKind, 5);
        public static readonly Guid YouthCareOrg = Of(OrganisationKind, 6);
        public static readonly Guid GgzOrg = Of(OrganisationKind, 7);
        public static readonly Guid PoliceOrg = Of(OrganisationKind, 8);
        public static readonly Guid VeiligThuisOrg = Of(OrganisationKind, 9);
        public static readonly Guid YouthWorkAmberveenOrg = Of(OrganisationKind, 10);
        public static readonly Guid YouthWorkLindewaardOrg = Of(OrganisationKind, 11);
        public static readonly Guid SocialTeamAmberveenOrg = Of(OrganisationKind, 12);
        public static readonly Guid SocialTeamLindewaardOrg = Of(OrganisationKind, 13);
        public static readonly Guid MunicipalityAmberveenOrg = Of(OrganisationKind, 14);
        public static readonly Guid MunicipalityLindewaardOrg = Of(OrganisationKind, 15);
        public static readonly Guid AttendanceOfficeOrg = Of(OrganisationKind, 16);

        // ---- professionals (the ones tests and demo logins lean on) ----
        /// <summary>Anouk van der Meer, teacher at Het Amberlyceum; confirmed trust with five people (login teacher.amberveen).</summary>
        public static readonly Guid TeacherAmberveen = Of(ProfessionalKind, 1);

        /// <summary>Bas Kuipers, care coordinator and designated officer of Het Amberlyceum.</summary>
        public static readonly Guid CareCoordinatorAmberveen = Of(ProfessionalKind, 2);

        /// <summary>Charlotte de Wit, youth doctor at GGD Veenland (login youth-doctor.amberveen).</summary>
        public static readonly Guid YouthDoctorAmberveen = Of(ProfessionalKind, 3);

        /// <summary>Daan Visser, youth nurse; his trust proposal to the Amberveen teacher awaits her confirmation.</summary>
        public static readonly Guid YouthNurseAmberveen = Of(ProfessionalKind, 4);

        /// <summary>Tessa Prins, GGD Veenland's designated officer for radicalisation (both municipalities).</summary>
        public static readonly Guid GgdDesignatedOfficer = Of(ProfessionalKind, 5);

        /// <summary>Femke Jansen, Amberveen's municipal contact point for radicalisation; offers anonymous consultation.</summary>
        public static readonly Guid MunicipalContactAmberveen = Of(ProfessionalKind, 6);

        /// <summary>Gerrit Mulder, case director at the Zorg- en Veiligheidshuis (both municipalities).</summary>
        public static readonly Guid SafetyHouseDirector = Of(ProfessionalKind, 7);

        /// <summary>Joris de Graaf, health psychologist; entry not verified for more than a year (stale).</summary>
        public static readonly Guid StalePsychologistAmberveen = Of(ProfessionalKind, 10);

        /// <summary>Lars Dekker, youth care worker and designated officer of Jeugdhulp De Brug.</summary>
        public static readonly Guid YouthCareWorkerAmberveen = Of(ProfessionalKind, 12);

        /// <summary>Olga Peters, youth worker in Amberveen.</summary>
        public static readonly Guid YouthWorkerAmberveen = Of(ProfessionalKind, 15);

        /// <summary>Roos Meijer, community police officer in Amberveen.</summary>
        public static readonly Guid PoliceOfficerAmberveen = Of(ProfessionalKind, 18);

        /// <summary>Sanne Kramer, teacher new to the network, no trust relationships at all (login newcomer.amberveen).</summary>
        public static readonly Guid NewcomerAmberveen = Of(ProfessionalKind, 20);

        /// <summary>Wouter Dijkstra, community police officer in Lindewaard (login police.lindewaard).</summary>
        public static readonly Guid PoliceOfficerLindewaard = Of(ProfessionalKind, 27);

        /// <summary>Yvonne Sanders, teacher at the Lindecollege.</summary>
        public static readonly Guid TeacherLindewaard = Of(ProfessionalKind, 28);

        /// <summary>Arjen Kok, Lindewaard's municipal contact point for radicalisation.</summary>
        public static readonly Guid MunicipalContactLindewaard = Of(ProfessionalKind, 30);

        /// <summary>Hilde Postma, attendance officer in Lindewaard; her trust with the police officer expired.</summary>
        public static readonly Guid AttendanceOfficerLindewaard = Of(ProfessionalKind, 37);

        /// <summary>Nadia El Amrani, school social worker with roles at two organisations in both municipalities (login social-worker.both).</summary>
        public static readonly Guid SocialWorkerBothMunicipalities = Of(ProfessionalKind, 46);

        // ---- workshops ----
        public static readonly Guid WorkshopAmberveen = Of(WorkshopKind, 1);
        public static readonly Guid WorkshopLindewaard = Of(WorkshopKind, 2);

        // ---- routes ----
        public static readonly Guid RadicalisationRouteAmberveen = Of(RouteKind, 1);
        public static readonly Guid RadicalisationRouteLindewaard = Of(RouteKind, 2);
        public static readonly Guid DomesticViolenceRouteAmberveen = Of(RouteKind, 3);
        public static readonly Guid MentalHealthRouteAmberveen = Of(RouteKind, 4);
        public static readonly Guid PolarisationRouteAmberveen = Of(RouteKind, 5);
        public static readonly Guid DomesticViolenceRouteLindewaard = Of(RouteKind, 6);

        // ---- covenants ----
        public static readonly Guid SafetyHouseCovenant = Of(CovenantKind, 1);

        // ---- accounts ----
        /// <summary>The Amberveen youth doctor's sign-in at the municipality's identity provider, linked to her entry.</summary>
        public static readonly Guid YouthDoctorAccount = Of(AccountKind, 1);

        // ---- trust relationships worth naming ----
        /// <summary>Teacher Amberveen and the Amberveen municipal contact point, confirmed at the Amberveen workshop.</summary>
        public static readonly Guid TrustTeacherMunicipalContact = Of(TrustKind, 2);

        /// <summary>Proposed by the youth nurse, waiting for the Amberveen teacher to confirm.</summary>
        public static readonly Guid TrustProposedToTeacher = Of(TrustKind, 20);

        /// <summary>Confirmed at the Amberveen workshop, later revoked.</summary>
        public static readonly Guid TrustRevoked = Of(TrustKind, 21);

        /// <summary>Confirmed in March 2025 in Lindewaard: expired under Lindewaard's 18 months (it would still hold under 24).</summary>
        public static readonly Guid TrustExpired = Of(TrustKind, 40);
    }
}
