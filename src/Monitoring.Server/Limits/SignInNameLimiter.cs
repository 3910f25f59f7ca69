using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Limits;

/// <summary>
/// Sign-ins per user name, from whatever address: the name is in the body, which the middleware has not read, so it is
/// counted by <see cref="SignInNameFilter"/> once the body is. One instance per node.
/// </summary>
public sealed class SignInNameLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInNameLimiter(IOptions<MonitoringOptions> options)
    {
        Limits = options.Value.Limits;
        _limiter = PartitionedRateLimiter.Create<string, string>(name => Limits.SignInPartition(name, Limits.SignInPerUserName));
    }

    public LimitsOptions Limits { get; }

    /// <param name="normalizedName">The name as Identity looks it up, so that "Admin" and "admin" count as one.</param>
    public RateLimitLease Acquire(string normalizedName) => _limiter.AttemptAcquire(normalizedName);

    public void Dispose() => _limiter.Dispose();
}
