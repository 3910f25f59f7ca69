namespace Monitoring.Domain.Cases;

/// <summary>Which event reaches which milestone, and the name a reached milestone goes by in reports and metrics.</summary>
public static class Milestones
{
    public static Milestone? ReachedBy(CaseEvent e) => e switch
    {
        CaseAcknowledged => Milestone.Acknowledge,
        CaseDispatched => Milestone.Dispatch,
        CaseArrived => Milestone.OnScene,
        CaseResolved => Milestone.Resolve,
        _ => null,
    };

    public static string ReachedName(this Milestone m) => m switch
    {
        Milestone.Acknowledge => "acknowledged",
        Milestone.Dispatch => "dispatched",
        Milestone.OnScene => "onScene",
        Milestone.Resolve => "resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

    public static Milestone? FromReachedName(string name) =>
        Enum.GetValues<Milestone>().Select(m => (Milestone?)m).FirstOrDefault(m => m!.Value.ReachedName() == name);
}
