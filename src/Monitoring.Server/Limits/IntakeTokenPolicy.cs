using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Limits;

/// <summary>
/// Interactions per sign-in: one token bucket for each person (all their sessions together) and each API token, by the
/// principal's id. It stands after authorization, so a refused caller spends nothing, and it is there so that one leaked
/// or runaway token cannot take the whole intake; it is no defence against a flood of many tokens.
/// </summary>
public sealed class IntakeTokenPolicy(IOptions<MonitoringOptions> options) : IRateLimiterPolicy<string>
{
    private readonly int _perSecond = options.Value.Limits.IntakePerTokenPerSecond;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) => new(
        TooManyRequests.For(rejected.HttpContext, rejected.Lease, TimeSpan.FromSeconds(1),
            $"This sign-in has recorded more than {_perSecond} interactions in a second (Monitoring:Limits:IntakePerTokenPerSecond).")
            .ExecuteAsync(rejected.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var key = httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return _perSecond == 0 ? RateLimitPartition.GetNoLimiter(key) : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _perSecond,
            TokensPerPeriod = _perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
    }
}
