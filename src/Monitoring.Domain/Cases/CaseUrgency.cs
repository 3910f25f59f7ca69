namespace Monitoring.Domain.Cases;

/// <summary>
/// Most urgent first, as a wall, a console and the API rank open cases: the higher the escalation, the earlier; then a
/// case nobody has acknowledged yet before one a unit has taken up; then the longer overdue against the first target;
/// then priority. The deadline of the moment is no use here: each escalation
/// sets a fresh one, so a P1 left alone for 11 minutes at Mabes would show "0:33" among fresh cases. Ordering by the first
/// deadline itself is ordering by time overdue against it, whatever the clock says, so the order holds still between
/// changes. The pages mirror this in caseStore.ts (byUrgency).
/// </summary>
public sealed class CaseUrgency : IComparer<CaseSummary>
{
    public static CaseUrgency Instance { get; } = new();

    private CaseUrgency()
    {
    }

    public int Compare(CaseSummary? a, CaseSummary? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return 1;
        if (b is null) return -1;
        var order = b.EscalationLevel.CompareTo(a.EscalationLevel);
        if (order == 0) order = Unacknowledged(b).CompareTo(Unacknowledged(a));
        if (order == 0) order = a.FirstDeadline.CompareTo(b.FirstDeadline);
        if (order == 0) order = a.Priority.CompareTo(b.Priority);
        if (order == 0) order = a.OpenedAt.CompareTo(b.OpenedAt);
        return order != 0 ? order : string.CompareOrdinal(a.CaseId.Value, b.CaseId.Value);
    }

    private static bool Unacknowledged(CaseSummary c) => c.Awaiting == Milestone.Acknowledge;
}
