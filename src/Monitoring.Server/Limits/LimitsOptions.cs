using System.Threading.RateLimiting;

namespace Monitoring.Server.Limits;

/// <summary>
/// <c>Monitoring:Limits</c>: how often a client may try to sign in and how fast one sign-in may record calls. Each count
/// of 0 turns its limit off. The limits are kept by each node for itself: behind a load balancer over N nodes a client
/// gets up to N times the figure.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Sign-ins (page and token) from one client address per <see cref="SignInWindow"/>. An operations room whose
    /// consoles reach the center through one NAT or proxy address shares this figure.</summary>
    public int SignInPerAddress { get; set; } = 20;

    /// <summary>Sign-ins naming one user name per <see cref="SignInWindow"/>, from any number of addresses; unknown names
    /// are counted alike, so the answer does not tell which names exist.</summary>
    public int SignInPerUserName { get; set; } = 5;

    /// <summary>The sliding window both sign-in figures are counted over.</summary>
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Interactions one person or API token may record per second (a token bucket holding one second's worth).
    /// The benchmark's single telephony token saturates a 2-core center at about 4,000/s, well below it.</summary>
    public int IntakePerTokenPerSecond { get; set; } = 20_000;

    /// <summary>What cannot work, each named by its key under <c>Monitoring:Limits</c>.</summary>
    public IEnumerable<string> Problems()
    {
        if (SignInPerAddress < 0) yield return "SignInPerAddress must be 0 (off) or more";
        if (SignInPerUserName < 0) yield return "SignInPerUserName must be 0 (off) or more";
        if (IntakePerTokenPerSecond < 0) yield return "IntakePerTokenPerSecond must be 0 (off) or more";
        if (SignInWindow < TimeSpan.FromSeconds(SignInSegments))
            yield return $"SignInWindow must be at least {SignInSegments} seconds (it slides in {SignInSegments} steps)";
    }

    /// <summary>The steps the sign-in window slides in: permits used in the oldest step come back when it passes.</summary>
    public const int SignInSegments = 6;

    /// <summary>The soonest a refused sign-in may find a permit again.</summary>
    public TimeSpan SignInStep => SignInWindow / SignInSegments;

    /// <summary>One partition of a sign-in limit: <paramref name="permits"/> per <see cref="SignInWindow"/>, none queued.</summary>
    public RateLimitPartition<string> SignInPartition(string key, int permits) => permits == 0 ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = SignInWindow,
            SegmentsPerWindow = SignInSegments,
            QueueLimit = 0,
        });
}
