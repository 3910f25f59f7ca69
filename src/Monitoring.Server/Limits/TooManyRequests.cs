using System.Globalization;
using System.Threading.RateLimiting;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Limits;

/// <summary>The answer to a request over a limit: 429 problem details, and Retry-After in whole seconds (RFC 9110 §10.2.3).</summary>
public static class TooManyRequests
{
    /// <param name="soonest">When the limiter does not say (a sliding window), the soonest a permit may come back.</param>
    public static IResult For(HttpContext context, RateLimitLease lease, TimeSpan soonest, string detail)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : soonest;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Status(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests, $"{detail} Try again in {seconds} s.",
            new Dictionary<string, object?> { ["retryAfter"] = seconds });
    }
}
