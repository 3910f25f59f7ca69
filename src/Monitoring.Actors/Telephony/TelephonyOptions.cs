using Monitoring.Domain.Coverage;

namespace Monitoring.Actors.Telephony;

/// <summary><c>Monitoring:Telephony</c>: Kapolri's answer target, the wall's amber before it, and the grace a call taker
/// has after an answered call ends to send its form before the center records it unclassified.</summary>
public sealed class TelephonyOptions
{
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan WarnAfter { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(2);

    public TelephonySettings ToSettings(CoverageMap coverage, TimeProvider clock) => new(AnswerWithin, Grace, coverage, clock);

    public IEnumerable<string> Problems()
    {
        if (AnswerWithin <= TimeSpan.Zero) yield return "AnswerWithin must be positive";
        if (WarnAfter <= TimeSpan.Zero || WarnAfter >= AnswerWithin) yield return "WarnAfter must be positive and shorter than AnswerWithin";
        if (Grace <= TimeSpan.Zero || Grace > TimeSpan.FromHours(24)) yield return "Grace must be positive and at most 24 h";
    }
}
