namespace Monitoring.Server.Retention;

/// <summary><c>Monitoring:Retention</c>: how long the personal data of ended cases and of callers' interactions is kept
/// (UU 27/2022: no longer than its purpose needs). Off (0) by default: how long is the center's decision, not ours.</summary>
public sealed class RetentionOptions
{
    /// <summary>The shortest retention accepted. A case is purged only once it has ended, but a typo of "3" for "30"
    /// would still erase last week's calls that complaints, follow-ups and the monthly report rely on; a month is the
    /// longest of the figures the center reviews (the 30-day caller record) and no one loses work to a slip of a key.</summary>
    public const int MinDays = 30;

    /// <summary>Days after a case ended (or an interaction without a case was received) before its personal data is
    /// purged; 0 keeps everything.</summary>
    public int Days { get; set; }

    public bool Enabled => Days > 0;

    public TimeSpan Period => TimeSpan.FromDays(Days);

    public IEnumerable<string> Problems()
    {
        if (Days is < 0 or > 36_500 || Days is > 0 and < MinDays)
            yield return $"Days must be 0 (keep everything) or a whole number of days from {MinDays} to 36500";
    }
}
