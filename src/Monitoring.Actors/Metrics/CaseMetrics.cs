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
    private (string State, string Polres, string Escalated)? _counted;

    public static string Label<T>(T value) where T : struct, Enum => DomainJson.Name(value);

    private string Polres(Case c) => tree.PolresOf(c.AssignedUnit)?.Value ?? "none";

    /// <summary>A persisted event, seen once (never on replay).</summary>
    public void Persisted(Case after, CaseEvent e)
    {
        var polres = Polres(after);
        var priority = Label(after.Priority);
        switch (e)
        {
            case CaseOpened o:
                MonitoringMetrics.CasesOpened.WithLabels(priority, Label(o.Interaction.Category!.Value), polres).Inc();
                break;
            case CaseEscalated x:
                var level = tree.Get(x.To).Level.Name();
                if (x.Climbed) MonitoringMetrics.Escalations.WithLabels(level, Label(x.Missed)).Inc();
                MonitoringMetrics.Alarms.WithLabels(level).Inc();
                break;
            case CaseCancelled c:
                MonitoringMetrics.CasesCancelled.WithLabels(Label(c.Reason)).Inc();
                break;
            case CaseLinked l:
                MonitoringMetrics.CallsLinked.WithLabels(l.Automatic ? "center" : "calltaker").Inc();
                break;
        }
        if (Milestones.ReachedBy(e) is { } milestone)
            MonitoringMetrics.MilestoneSeconds.WithLabels(milestone.ReachedName(), priority, polres).Observe((e.At - after.Interaction.ReceivedAt).TotalSeconds);
    }

    /// <summary>Keeps the case's share of the open-cases gauge in step with its state.</summary>
    public void Track(Case? current)
    {
        (string, string, string)? now = current is { IsFinal: false } c
            ? (Label(c.State), Polres(c), c.Level > 0 ? "true" : "false")
            : null;
        if (now == _counted) return;
        if (_counted is var (oldState, oldPolres, oldEscalated)) MonitoringMetrics.OpenCases.WithLabels(oldState, oldPolres, oldEscalated).Dec();
        if (now is var (state, polres, escalated)) MonitoringMetrics.OpenCases.WithLabels(state, polres, escalated).Inc();
        _counted = now;
    }
}
