using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Actors.Metrics;

/// <summary>
/// What one case contributes to the metrics: counters and histograms for each newly persisted event, and its share
/// of the open-cases gauge, held while the case is open in this node's memory (so the gauge is right after recovery).
/// </summary>
public sealed class CaseMetrics(JurisdictionTree tree)
{
    private (string State, string Polda, string Escalated)? _counted;

    public static string Label<T>(T value) where T : struct, Enum => DomainJson.Name(value);

    /// <summary>The Polda of the case's unit, "none" for a case with Mabes itself: 36 values nationally, where the Polres
    /// were 514 (and the milestone histogram 514 × 3 priorities × 4 milestones × 14 buckets series).</summary>
    private string Polda(Case c) => PoldaLabel(tree, c.AssignedUnit);

    /// <summary>The <c>polda</c> label of whatever sits at a unit: the Polda on its chain, "none" above the Polda level and
    /// for a unit this center no longer serves (a case recovered after the served Polda changed).</summary>
    public static string PoldaLabel(JurisdictionTree tree, UnitId unit) =>
        tree.Contains(unit) ? tree.PoldaOf(unit)?.Value ?? "none" : "none";

    /// <summary>A persisted event, seen once (never on replay).</summary>
    public void Persisted(Case after, CaseEvent e)
    {
        var polda = Polda(after);
        var priority = Label(after.Priority);
        switch (e)
        {
            case CaseOpened o:
                MonitoringMetrics.CasesOpened.WithLabels(priority, Label(o.Interaction.Category!.Value), polda).Inc();
                break;
            case CaseEscalated x:
                // A case of a Polda the center stopped serving may still climb its old chain.
                var level = tree.Find(x.To)?.Level.Name() ?? "none";
                if (x.Climbed) MonitoringMetrics.Escalations.WithLabels(level, Label(x.Missed), polda).Inc();
                MonitoringMetrics.Alarms.WithLabels(level, polda).Inc();
                break;
            case CaseCancelled c:
                MonitoringMetrics.CasesCancelled.WithLabels(Label(c.Reason), polda).Inc();
                break;
            case CaseLinked l:
                MonitoringMetrics.CallsLinked.WithLabels(l.Automatic ? "center" : "calltaker").Inc();
                break;
        }
        if (Milestones.ReachedBy(e) is { } milestone)
            MonitoringMetrics.MilestoneSeconds.WithLabels(milestone.ReachedName(), priority, polda).Observe((e.At - after.Interaction.ReceivedAt).TotalSeconds);
    }

    /// <summary>Keeps the case's share of the open-cases gauge in step with its state.</summary>
    public void Track(Case? current)
    {
        (string, string, string)? now = current is { IsFinal: false } c
            ? (Label(c.State), Polda(c), c.Level > 0 ? "true" : "false")
            : null;
        if (now == _counted) return;
        if (_counted is var (oldState, oldPolda, oldEscalated)) MonitoringMetrics.OpenCases.WithLabels(oldState, oldPolda, oldEscalated).Dec();
        if (now is var (state, polda, escalated)) MonitoringMetrics.OpenCases.WithLabels(state, polda, escalated).Inc();
        _counted = now;
    }
}
