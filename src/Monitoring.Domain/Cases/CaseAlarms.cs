namespace Monitoring.Domain.Cases;

/// <summary>
/// When an alarm may be acknowledged. An acknowledgement says the room has seen the alarm, not that anyone acted: the
/// case keeps its deadline and, left alone at the top of its chain, alarms again.
/// </summary>
public static class CaseAlarms
{
    public static Decision Acknowledge(Case c, AcknowledgeAlarm command, Person officer, DateTimeOffset now)
    {
        var progress = c.Progress;
        if (progress.UnacknowledgedAlarms == 0)
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.NoOpenAlarm,
                $"Case {c.Id} has no alarm waiting to be acknowledged{(c.IsFinal ? $": it is {c.State}" : "")}.");
        var upTo = command.Alarm ?? progress.Alarms;
        if (upTo < 1 || upTo > progress.Alarms)
            return Decision.Reject(RejectionKind.Invalid, ErrorCodes.OutOfRange,
                $"The alarm must be one of the case's alarms, 1 to {progress.Alarms}.", "alarm");
        if (upTo <= progress.AlarmsAcknowledged)
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.NoOpenAlarm,
                $"Alarm {upTo} of case {c.Id} is acknowledged already; alarm {progress.AlarmsAcknowledged + 1} is the first still open.");
        return Decision.Accept(new CaseAlarmAcknowledged(c.Id, now, command.By, officer, upTo));
    }
}
