using Network.Application.Common;
using Network.Application.Me;
using Network.Application.Professionals;

namespace Network.Api.Web.Pages.Me;

/// <summary>
/// "Wie heeft mijn gegevens bekeken": who saw a contact point above network level, when, and which one, in words
/// (the reader's name and role, the channel), not ids and logins.
/// </summary>
public sealed class ReadsModel(MeService me) : WebPage
{
    public IReadOnlyList<RestrictedReadDto> Reads { get; private set; } = [];
    public ProfessionalDto Entry { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entry = await me.GetAsync(ct);
        Reads = (await me.RestrictedReadsAsync(new PageRequest(null, PageRequest.MaxSize), ct)).Items;
    }

    /// <summary>The contact point read, as the owner knows it; one they removed since is named as such.</summary>
    public string ContactPoint(string id) =>
        Entry.ContactPoints.FirstOrDefault(c => c.Id.ToString() == id) is { } c
            ? $"{Words.Of(c.Channel)}: {c.Value}"
            : Lang.T("een contactgegeven dat je sindsdien hebt verwijderd", "a contact detail you have removed since");
}
