using Microsoft.AspNetCore.Mvc;
using Network.Application.Access;
using Network.Application.Catalogues;
using Network.Application.Common;
using Network.Application.Professionals;
using Network.Application.Trust;

namespace Network.Api.Web.Pages.Directory;

/// <summary>One professional as the viewer may see them (404 otherwise), with the step to propose trust.</summary>
public sealed class PersonModel(
    ProfessionalService professionals,
    ProfessionService professions,
    DomainService domains,
    TrustService trust,
    AccessPolicy access
) : WebPage
{
    public ProfessionalDto Person { get; private set; } = null!;
    public string Profession { get; private set; } = "";
    public IReadOnlyList<string> DomainNames { get; private set; } = [];

    /// <summary>Whether the viewer is a professional looking at someone else (trust is between two people).</summary>
    public bool CanProposeTrust => access.Self is { } self && self != Person.Id;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await ChangeAsync(
            () => trust.ProposeAsync(new ProposeTrustInput(id, null), ct),
            Lang.T(
                $"Je voorstel is naar {Person.DisplayName} gestuurd. Zodra die het bevestigt, vertrouwen jullie elkaar.",
                $"Your proposal was sent to {Person.DisplayName}. Once they confirm it, you trust each other."
            ),
            () => RedirectToPage("/Trust/Index")
        );
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Person = await professionals.GetAsync(id, ct);
        var all = new PageRequest(null, PageRequest.MaxSize);
        var profession = await professions.GetAsync(Person.ProfessionId, ct);
        Profession = Lang.T(profession.NameNl, profession.Name);
        var domainList = (await domains.ListAsync(all, ct)).Items;
        DomainNames =
        [
            .. Person.Domains.Select(d =>
                domainList.FirstOrDefault(x => x.Id == d) is { } x ? Lang.T(x.NameNl, x.Name) : d
            ),
        ];
    }
}
