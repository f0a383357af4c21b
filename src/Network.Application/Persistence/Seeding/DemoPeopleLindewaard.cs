using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Persistence.Seeding;

public static partial class DemoNetwork
{
    // Fictional people of Lindewaard (workshop of 24 September 2026), and the one who works in both towns.
    private static IEnumerable<Professional> PeopleOfLindewaard(DateTimeOffset now) =>
        [
            Person(
                now,
                27,
                "Wouter",
                "Dijkstra",
                "community-police-officer",
                OnlyLindewaard,
                [new(Ids.PoliceOrg, "Wijkagent Lindewaard-Oost", D(2015, 4, 1))],
                [Rad, Pol, Online],
                "Community police officer for the eastern part of Lindewaard and the Lindecollege.",
                D(2026, 9, 24),
                languages: ["nl", "en"],
                workPhone: true
            ),
            Person(
                now,
                28,
                "Yvonne",
                "Sanders",
                "teacher",
                OnlyLindewaard,
                [new(Ids.LindecollegeOrg, "Docent geschiedenis", D(2010, 8, 23))],
                [Pol, Ext],
                "History teacher; teaches about democracy and extremism.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                29,
                "Noor",
                "Verbeek",
                "care-coordinator",
                OnlyLindewaard,
                [new(Ids.LindecollegeOrg, "Zorgcoördinator en aandachtsfunctionaris", D(2016, 8, 22), Officer: true)],
                [Rad, Cp],
                "Care coordinator and designated officer of the Lindecollege.",
                D(2026, 9, 24),
                anonymous: true,
                workPhone: true
            ),
            Person(
                now,
                30,
                "Arjen",
                "Kok",
                "municipal-contact",
                OnlyLindewaard,
                [new(Ids.MunicipalityLindewaardOrg, "Contactpunt radicalisering", D(2019, 3, 1))],
                [Rad, Pol, Ext],
                "Municipal contact point: anonymous consultation for every professional in Lindewaard.",
                D(2026, 9, 24),
                languages: ["nl", "en", "tr"],
                anonymous: true,
                extra: [new(ContactChannel.WorkPhone, "+31 20 000 1030", VisibilityLevel.Public)]
            ),
            Person(
                now,
                31,
                "Bregje",
                "Schouten",
                "social-team-member",
                OnlyLindewaard,
                [new(Ids.SocialTeamLindewaardOrg, "Medewerker sociaal team", D(2017, 10, 1))],
                [Dv, Mh],
                "Social team member for families with young children and teenagers.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                32,
                "Cas",
                "van Dam",
                "youth-worker",
                OnlyLindewaard,
                [new(Ids.YouthWorkLindewaardOrg, "Jongerenwerker", D(2020, 5, 1))],
                [Pol, Online],
                "Youth worker at the Lindewaard youth centre.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                33,
                "Dewi",
                "Maas",
                "youth-nurse",
                OnlyLindewaard,
                [new(Ids.GgdOrg, "Jeugdverpleegkundige", D(2018, 2, 1))],
                [Mh, Cp],
                "Youth nurse for the Lindecollege.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                34,
                "Erik",
                "Jacobs",
                "youth-doctor",
                OnlyLindewaard,
                [new(Ids.GgdOrg, "Jeugdarts", D(2013, 6, 1))],
                [Cp, Mh],
                "Youth doctor for Lindewaard.",
                D(2026, 9, 24),
                consent: false
            ),
            Person(
                now,
                35,
                "Fleur",
                "de Haan",
                "youth-care-worker",
                OnlyLindewaard,
                [new(Ids.YouthCareOrg, "Jeugdhulpverlener", D(2018, 9, 1))],
                [Rad, Cp],
                "Youth care worker in Lindewaard.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                36,
                "Gijs",
                "Vermeulen",
                "school-social-worker",
                OnlyLindewaard,
                [new(Ids.SocialTeamLindewaardOrg, "Schoolmaatschappelijk werker Lindecollege", D(2019, 1, 7))],
                [Cp],
                "School social worker at the Lindecollege.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                37,
                "Hilde",
                "Postma",
                "attendance-officer",
                OnlyLindewaard,
                [new(Ids.AttendanceOfficeOrg, "Leerplichtambtenaar Lindewaard", D(2016, 9, 1))],
                [Cp],
                "Attendance officer for the Lindewaard schools.",
                D(2025, 5, 12),
                consent: false
            ),
            Person(
                now,
                38,
                "Ilse",
                "van den Berg",
                "health-psychologist",
                OnlyLindewaard,
                [new(Ids.GgzOrg, "GZ-psycholoog", D(2017, 11, 1))],
                [Mh, Rad],
                "Health psychologist; experience with adolescents drawn to extremist ideas.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                39,
                "Jeroen",
                "Blom",
                "youth-therapist",
                OnlyLindewaard,
                [new(Ids.GgzOrg, "Jeugdtherapeut", D(2021, 3, 1))],
                [Mh],
                "Youth therapist, individual and group.",
                D(2026, 6, 1)
            ),
            Person(
                now,
                40,
                "Kim",
                "Wouters",
                "domestic-violence-advisor",
                OnlyLindewaard,
                [new(Ids.VeiligThuisOrg, "Adviseur Veilig Thuis", D(2019, 5, 1))],
                [Dv, Cp],
                "Veilig Thuis advisor for Lindewaard; anonymous advice possible.",
                D(2026, 9, 24),
                anonymous: true,
                workPhone: true
            ),
            Person(
                now,
                41,
                "Lotte",
                "Franken",
                "teacher",
                OnlyLindewaard,
                [new(Ids.LindecollegeOrg, "Docent maatschappijleer", D(2022, 8, 22))],
                [Pol],
                "Civics teacher at the Lindecollege.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                42,
                "Mark",
                "Bosman",
                "safety-house-director",
                Both,
                [new(Ids.VeiligheidshuisOrg, "Procesregisseur", D(2018, 1, 15))],
                [Rad, Dv],
                "Case director for complex cases in both municipalities.",
                D(2026, 9, 24),
                workPhone: true
            ),
            Person(
                now,
                43,
                "Rik",
                "Lammers",
                "community-police-officer",
                OnlyLindewaard,
                [new(Ids.PoliceOrg, "Wijkagent Lindewaard-West", D(2011, 2, 1))],
                [],
                "Community police officer for the western part of Lindewaard.",
                D(2024, 12, 1),
                consent: false
            ),
            Person(
                now,
                44,
                "Ellen",
                "Verhoeven",
                "teacher",
                OnlyLindewaard,
                [new(Ids.LindecollegeOrg, "Docent", D(2008, 8, 25))],
                [],
                "Teacher at the Lindecollege.",
                D(2025, 1, 20)
            ),
            Person(
                now,
                45,
                "Bram",
                "Claassen",
                "youth-worker",
                OnlyLindewaard,
                [new(Ids.YouthWorkLindewaardOrg, "Jongerenwerker online", D(2023, 9, 1))],
                [Online, Pol],
                "Online youth worker: gaming platforms and social media.",
                D(2026, 9, 24)
            ),
            Person(
                now,
                46,
                "Nadia",
                "El Amrani",
                "school-social-worker",
                Both,
                [
                    new(Ids.SocialTeamAmberveenOrg, "Schoolmaatschappelijk werker Het Amberlyceum", D(2019, 8, 19)),
                    new(Ids.SocialTeamLindewaardOrg, "Schoolmaatschappelijk werker Lindecollege", D(2023, 1, 9)),
                ],
                [Rad, Pol, Dv],
                "School social worker at one school in each municipality; attended both workshops.",
                D(2026, 9, 24),
                languages: ["nl", "en", "ar"],
                workPhone: true,
                extra: [new(ContactChannel.Mobile, "+31 6 0000 0846", VisibilityLevel.Private)]
            ),
            Person(
                now,
                47,
                "Petra",
                "Gerritsen",
                "radicalisation-officer",
                OnlyLindewaard,
                [
                    new(
                        Ids.SocialTeamLindewaardOrg,
                        "Aandachtsfunctionaris radicalisering",
                        D(2020, 10, 1),
                        Officer: true
                    ),
                ],
                [Rad, Pol],
                "Designated officer of the Lindewaard social team.",
                D(2026, 4, 15),
                anonymous: true
            ),
        ];
}
