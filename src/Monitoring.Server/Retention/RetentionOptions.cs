namespace Monitoring.Server.Retention;

/// <summary><c>Monitoring:Retention</c>: how long the personal data of ended cases and of callers' interactions is kept
/// (UU 27/2022: no longer than its purpose needs). Off (0) by default: how long is the center's decision, not ours.</summary>
public sealed class RetentionOptions
{
    /// <summary>The shortest retention accepted. Open cases are never purged, but a typo of "3" for "30" would still
    /// erase the calls and closed cases of last week that complaints about their handling, follow-ups and the monthly
    /// review read, and a purge cannot be undone; a month covers those, so a slip of a key loses nobody's work.</summary>
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
