namespace Monitoring.Domain.Cases;

/// <summary>The actions a unit may take on a case, in the order the work goes.</summary>
public enum CaseAction
{
    Acknowledge,
    Dispatch,
    Arrive,
    Resolve,
    Cancel,
    Reassign,
    Note,
}

/// <summary>
/// Which action each state admits: the one table both the decider (which refuses the rest) and the console (which offers
/// only these) read, so the page never learns the order from a refusal.
/// </summary>
public static class CaseActions
{
    /// <summary>The step that reaches the milestone the state waits for (its order is the states' own, in
    /// <see cref="CaseStateRules.Awaiting"/>); null once final.</summary>
    public static CaseAction? Next(CaseState state) => state.Awaiting() switch
    {
        Milestone.Acknowledge => CaseAction.Acknowledge,
        Milestone.Dispatch => CaseAction.Dispatch,
        Milestone.OnScene => CaseAction.Arrive,
        Milestone.Resolve => CaseAction.Resolve,
        _ => null,
    };

    /// <summary>The next step first, then what any state that is not final admits: cancel, a handover, a note. A final
    /// case's record is closed: nothing is handed over or added to it.</summary>
    public static IReadOnlyList<CaseAction> LegalIn(CaseState state) =>
        Next(state) is { } next ? [next, CaseAction.Cancel, CaseAction.Reassign, CaseAction.Note] : [];

    public static CaseAction Of(UnitAction action) => action switch
    {
        Acknowledge => CaseAction.Acknowledge,
        Dispatch => CaseAction.Dispatch,
        Arrive => CaseAction.Arrive,
        Resolve => CaseAction.Resolve,
        Cancel => CaseAction.Cancel,
        Reassign => CaseAction.Reassign,
        AddNote => CaseAction.Note,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name),
    };

    /// <summary>The state in which the action is the next step, for a refusal to say when it would be legal.</summary>
    public static string LegalWhen(CaseAction action) =>
        Enum.GetValues<CaseState>().Where(s => Next(s) == action).Select(s => s.ToString()).FirstOrDefault() ?? "not yet resolved or cancelled";
}
