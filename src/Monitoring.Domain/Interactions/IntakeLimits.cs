namespace Monitoring.Domain.Interactions;

/// <summary>
/// How far the times a call taker or telephony reports may lie from the center's clock. A time from the year 1 or a
/// duration of 1e308 s would otherwise become a response time and poison every figure built on it.
/// </summary>
public sealed record IntakeLimits(TimeSpan MaxAge, TimeSpan MaxAhead, TimeSpan MaxAnswerDelay, TimeSpan MaxDuration)
{
    /// <summary>A day back (a form finished after a long shift), five minutes of clock drift ahead, an hour in the queue, a day on the line.</summary>
    public static IntakeLimits Default { get; } = new(TimeSpan.FromHours(24), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), TimeSpan.FromHours(24));

    /// <summary>Settings that cannot work, named by their setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxAge <= TimeSpan.Zero) yield return "MaxAge must be positive";
        if (MaxAhead < TimeSpan.Zero) yield return "MaxAhead may not be negative";
        if (MaxAnswerDelay <= TimeSpan.Zero) yield return "MaxAnswerDelay must be positive";
        if (MaxDuration <= TimeSpan.Zero) yield return "MaxDuration must be positive";
    }
}
