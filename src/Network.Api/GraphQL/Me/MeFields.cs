using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Network.Api.GraphQL.Common;
using Network.Application.Common;
using Network.Application.Me;
using Network.Application.Professionals;
using Network.Application.Trust;
using Network.Domain.Trust;

namespace Network.Api.GraphQL.Me;

/// <summary>Self-service reads (REST /me): your own entry, trust and who saw your restricted contact points.</summary>
public sealed class MeQueries
{
    [Description("Your own entry with every contact point (professionals).")]
    public static async Task<ProfessionalDto?> Me([FromServices] MeService me, CancellationToken ct) =>
        await me.GetAsync(ct);

    [Description("Your own trust relationships, newest first.")]
    public static Task<Page<TrustRelationshipDto>> MyTrustRelationships(
        [FromServices] TrustService trust,
        PageRequest page,
        [Description("Only those in this status.")] TrustStatus? status,
        CancellationToken ct
    ) => trust.ListMineAsync(status, page, ct);

    [Description("Who saw your contact points above network level, newest first.")]
    public static Task<Page<RestrictedReadDto>> MyRestrictedReads(
        [FromServices] MeService me,
        PageRequest page,
        CancellationToken ct
    ) => me.RestrictedReadsAsync(page, ct);
}

/// <summary>Self-service changes (REST /me/...).</summary>
public sealed class MeMutations
{
    [Description(
        "Replaces your whole profile and contact points (a field left out is cleared; patchMyProfile changes only what "
            + "it names); also marks your entry verified."
    )]
    public static async Task<ProfessionalDto?> UpdateMyProfile(
        [FromServices] MeService me,
        [Description("The version of your entry you read (REST: If-Match).")] int expectedVersion,
        [Description("Your profile.")] ProfileInput input,
        CancellationToken ct
    ) => await me.UpdateProfileAsync(input, expectedVersion, ct);

    [Description(
        "Changes only the parts of your profile you name (JSON Merge Patch, as REST's PATCH /me/profile): a field left "
            + "out is kept, null clears it, a list replaces the current one; also marks your entry verified."
    )]
    public static async Task<ProfessionalDto?> PatchMyProfile(
        [FromServices] MeService me,
        [FromServices] IOptions<JsonOptions> json,
        [Description("The version of your entry you read (REST: If-Match).")] int expectedVersion,
        [InputType(typeof(NonNullGraphType<MergePatchInputType<ProfileInput>>)), Description("The parts to change.")]
            MergePatch<ProfileInput> patch,
        CancellationToken ct
    ) => await me.EditProfileAsync(patch.Edit(json.Value.SerializerOptions), expectedVersion, ct);

    [Description("Gives or withdraws consent to list your optional fields; withdrawal hides them at once.")]
    public static async Task<ProfessionalDto?> SetMyConsent(
        [FromServices] MeService me,
        [Description("True to list languages and about.")] bool optionalFields,
        CancellationToken ct
    ) => await me.SetConsentAsync(new ConsentInput(optionalFields), ct);

    [Description("Accepts (or withdraws) being listed, choosing your contact points' visibility.")]
    public static async Task<ProfessionalDto?> SetMyListing(
        [FromServices] MeService me,
        [Description("True to be listed.")] bool accept,
        [Description("Visibility per contact point.")] List<VisibilityChoice>? contactPointVisibility,
        CancellationToken ct
    ) => await me.SetListingAsync(new ListingInput(accept, contactPointVisibility), ct);

    [Description("Confirms your entry is still correct (resets the last-verified date).")]
    public static async Task<ProfessionalDto?> VerifyMyEntry([FromServices] MeService me, CancellationToken ct) =>
        await me.VerifyAsync(ct);
}
