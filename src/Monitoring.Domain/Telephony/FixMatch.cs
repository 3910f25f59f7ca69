namespace Monitoring.Domain.Telephony;

/// <summary>Which of a number's calls a handset's position belongs to: the one live now, else the one that ended last within
/// <see cref="Remember"/> of the fix, if it rang before the fix (a minute's leeway for the clocks). A handset fixes its
/// position during the call and sends it by HTTPS or SMS a little after.</summary>
public static class FixMatch
{
    public static readonly TimeSpan Remember = TimeSpan.FromHours(1);
    public static readonly TimeSpan Leeway = TimeSpan.FromMinutes(1);

    public static T? Of<T>(IEnumerable<T> callsOfTheNumber, Func<T, (bool Live, DateTimeOffset? OfferedAt, DateTimeOffset? EndedAt)> times,
        DateTimeOffset fixedAt) where T : class
    {
        var calls = callsOfTheNumber.Select(c => (Call: c, Times: times(c))).ToList();
        return calls.Where(c => c.Times.Live).OrderByDescending(c => c.Times.OfferedAt).Select(c => c.Call).FirstOrDefault()
            ?? calls.Where(c => c.Times.EndedAt is { } end && end >= fixedAt - Remember && (c.Times.OfferedAt ?? end) <= fixedAt + Leeway)
                .OrderByDescending(c => c.Times.EndedAt).Select(c => c.Call).FirstOrDefault();
    }
}
