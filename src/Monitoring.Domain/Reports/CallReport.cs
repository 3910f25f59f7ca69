using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Reports;

/// <summary>One interaction as the answer-time figures see it: every kind counts, pranks and silent calls too, because
/// the caller waited for an answer before anyone knew what the call was. Linked when the call joined a case another call
/// had opened, so the case figures count it by that case.</summary>
public sealed record CallTimes(Kind Kind, DateTimeOffset ReceivedAt, DateTimeOffset? AnsweredAt, bool Linked = false);

/// <summary>The calls of a period: how many of each kind, how many joined a case another call opened (Linked), and the
/// answer times of those whose answer time was reported.</summary>
public sealed record CallFigures(int Calls, IReadOnlyDictionary<Kind, int> ByKind, MilestoneFigures Answered, int Linked = 0);

public static class CallReport
{
    public static CallFigures Build(IEnumerable<CallTimes> calls)
    {
        var list = calls.ToList();
        var byKind = Enum.GetValues<Kind>().ToDictionary(k => k, k => list.Count(c => c.Kind == k));
        // A call without an answer time is left out rather than counted late: the telephony did not say.
        var answered = ResponseTimeReport.Figures(list.Where(c => c.AnsweredAt is not null)
            .Select(c => new ResponseTimeReport.Measured(c.ReceivedAt, true, c.AnsweredAt, ResponseTimeReport.AnswerTarget)), DateTimeOffset.MaxValue);
        return new CallFigures(list.Count, byKind, answered, list.Count(c => c.Linked));
    }
}
