using Network.Domain.Workshops;

namespace Network.Application.Access;

/// <summary>Workshop and report rules (see the main part of this class for the conventions).</summary>
public sealed partial class AccessPolicy
{
    /// <summary>
    /// Workshops of the viewer's municipalities, for the people of the network (professionals, coordinators).
    /// System clients read the directory, not who meets where: they see none.
    /// </summary>
    public IQueryable<Workshop> VisibleWorkshops(IQueryable<Workshop> query)
    {
        if (Viewer.IsAdmin)
            return query;
        if (Viewer.Role is not (ViewerRole.Coordinator or ViewerRole.Professional))
            return query.Where(_ => false);
        var codes = Viewer.Municipalities.ToList();
        return query.Where(w => codes.Contains(w.MunicipalityCode));
    }

    /// <summary>
    /// Who is in a workshop is seen by its municipality's coordinators and by its participants themselves
    /// ("each participant sees the other participants"); not by other professionals or system clients.
    /// </summary>
    public bool CanSeeParticipants(Workshop workshop, IEnumerable<Guid> participantIds) =>
        CanMaintain(workshop.MunicipalityCode)
        || (Viewer.IsProfessional && participantIds.Contains(Viewer.ProfessionalId!.Value));

    /// <summary>The network report shows the whole trust graph: coordinators of the municipality and admins only.</summary>
    public bool CanReadNetworkReport(string municipalityCode) => CanMaintain(municipalityCode);

    /// <summary>Workshop writes (details, participants, attendance, imports): coordinators of its municipality and admins.</summary>
    public void EnsureCanMaintainWorkshop(Workshop workshop)
    {
        if (!CanMaintain(workshop.MunicipalityCode))
            throw new Common.ForbiddenException(
                "Only coordinators of the workshop's municipality and administrators change a workshop."
            );
    }
}
