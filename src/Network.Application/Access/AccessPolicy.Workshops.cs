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

    /// <summary>
    /// A workshop's outcomes (dilemmas, solutions, agreements, evaluations) are read and recorded by the coordinators
    /// of its municipality, admins, and the professionals a coordinator granted it for this one workshop (a facilitator:
    /// <see cref="Workshop.OutcomeEditors"/>). For anyone else they do not exist. Needs the editors loaded.
    /// </summary>
    public bool CanRecordOutcomes(Workshop workshop) =>
        CanMaintain(workshop.MunicipalityCode)
        || (Viewer.IsProfessional && workshop.OutcomeEditors.Any(e => e.ProfessionalId == Viewer.ProfessionalId));

    public void EnsureCanReadOutcomes(Workshop workshop)
    {
        if (!CanRecordOutcomes(workshop))
            throw new Common.NotFoundException("workshop outcomes");
    }

    /// <summary>Writes by someone who sees the workshop but may not record its outcomes are forbidden (as other workshop writes).</summary>
    public void EnsureCanRecordOutcomes(Workshop workshop)
    {
        if (!CanRecordOutcomes(workshop))
            throw new Common.ForbiddenException(
                "Only coordinators of the workshop's municipality, administrators and the facilitators they granted it "
                    + "record a workshop's outcomes."
            );
    }

    /// <summary>
    /// A participant submits their own evaluation once, anonymously; anyone else recording evaluations (from paper
    /// forms) must be allowed to record outcomes. Answers the participant's id when the viewer submits their own.
    /// </summary>
    public Guid? EnsureCanSubmitEvaluation(Workshop workshop)
    {
        if (Viewer.IsProfessional && workshop.Participants.Any(p => p.ProfessionalId == Viewer.ProfessionalId))
            return Viewer.ProfessionalId;
        EnsureCanRecordOutcomes(workshop);
        return null;
    }
}
