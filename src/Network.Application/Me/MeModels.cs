using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Domain.Contacts;

namespace Network.Application.Me;

/// <summary>
/// What a professional may change about themself: not their name, profession, memberships, municipalities or role.
/// A PUT names every property (null or [] to clear one), so leaving one out cannot erase it by accident; a merge
/// patch (PATCH) names only what changes.
/// </summary>
[Description("Your own profile: not your name, profession, memberships or municipalities (coordinators keep those).")]
public sealed record ProfileInput(
    [property:
        JsonRequired,
        MaxLength(ProfessionalInputRules.MaxTags),
        EachItem(MaxLength = CatalogueRules.MaxIdLength, Pattern = CatalogueRules.SlugRegex),
        Description("Your expertise tags, at most 20; each a lowercase slug such as 'online-extremism'.")
    ]
        IReadOnlyList<string>? ExpertiseTags,
    [property:
        JsonRequired,
        MaxLength(ProfessionalInputRules.MaxTags),
        EachItem(MinLength = 2, MaxLength = 8, Pattern = ProfessionalInputRules.LanguagePattern),
        Description("Language tags such as 'nl' or 'ar' you speak, at most 20 (listed only with your consent).")
    ]
        IReadOnlyList<string>? Languages,
    [property:
        JsonRequired,
        MaxLength(ProfessionalInputRules.MaxAboutLength),
        Description("A short text about your work, at most 1000 characters; no case data.")
    ]
        string? About,
    [property: JsonRequired, DefaultValue(false), Description("Whether you offer anonymous consultation.")]
        bool OffersAnonymousConsultation,
    [property:
        JsonRequired,
        MaxLength(ProfessionalInputRules.MaxContactPoints),
        Description(
            "Your contact points with their visibility, at most 10; replaces the current ones (name a contact point's id to keep it)."
        )
    ]
        IReadOnlyList<ContactPointInput>? ContactPoints
);

public sealed record ConsentInput(bool OptionalFields);

/// <summary>Accept being listed (consent first), choosing each contact point's visibility at the same time.</summary>
[Description("Whether you accept being listed, with the visibility of each of your contact points.")]
public sealed record ListingInput(
    [property: Description("true to be listed (after consent), false to withdraw.")] bool Accept,
    [property:
        MaxLength(ProfessionalInputRules.MaxContactPoints),
        Description("The visibility you choose per contact point, at most 10; contact points not named keep theirs.")
    ]
        IReadOnlyList<VisibilityChoice>? ContactPointVisibility
);

[Description("The visibility you choose for one of your contact points.")]
public sealed record VisibilityChoice(
    [property: Description("The contact point's id (contactPoints.id on your entry).")] Guid ContactPointId,
    [property: Description("Who may see it.")] VisibilityLevel Visibility
);

/// <summary>Someone who saw one of your restricted contact points: who, when, under which rule.</summary>
[Description("Someone who saw one of your contact points above network level: who, when, under which rule.")]
public sealed record RestrictedReadDto(
    [property: Description("When.")] DateTimeOffset OccurredAt,
    [property: Description("The viewer's login or client id.")] string ViewerId,
    [property: Description("The viewer's role.")] string ViewerRole,
    [property:
        References(typeof(ProfessionalDto)),
        Description("Global id of the viewer's professional entry, if they are a professional.")
    ]
        Guid? ViewerProfessionalId,
    [property: Description("The viewer's name, if known.")] string? ViewerName,
    [property: Description("Which of your contact points.")] string ContactPointId,
    [property: Description("The rule that allowed it.")] string? Rule
);

[Description(
    "Whether you get the optional reminders: \"is your entry still right?\" and, as a coordinator, the weekly digest. Reminders about trust and proposals always come."
)]
public sealed record ReminderSettings([property: Description("True to get the optional reminders.")] bool Optional);

[Description("Turns the optional reminders on or off.")]
public sealed record ReminderInput(
    [property: Required, Description("True to get the optional reminders, false to stop them.")] bool? Optional
);
