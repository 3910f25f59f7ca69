using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Limits;

/// <summary>Sign-ins per client address: counted by the middleware before the body is read, so a flood from one address
/// costs the center neither a body nor a password hash.</summary>
public sealed class SignInAddressPolicy(IOptions<MonitoringOptions> options) : IRateLimiterPolicy<string>
{
    private readonly LimitsOptions _limits = options.Value.Limits;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) => new(
        TooManyRequests.For(rejected.HttpContext, rejected.Lease, _limits.SignInStep, "Too many sign-in attempts from this address.")
            .ExecuteAsync(rejected.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        _limits.SignInPartition(ClientAddress.Of(httpContext), _limits.SignInPerAddress);
}
