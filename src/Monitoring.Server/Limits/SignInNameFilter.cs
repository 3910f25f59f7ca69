using Microsoft.AspNetCore.Identity;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Limits;

/// <summary>
/// Counts a sign-in against its user name before the password is checked. It runs as an endpoint filter, after
/// <see cref="JsonBodyGate"/> has read the body: the name counted is the one the handler checks, read once under the
/// same rules and size cap, where a middleware would have to buffer the body and parse it a second time (its
/// partitioner is synchronous, too). Refused here, an attempt never reaches Identity, so it counts towards no lockout.
/// </summary>
public sealed class SignInNameFilter(SignInNameLimiter limiter) : IEndpointFilter
{
    /// <summary>All longer names share one count: no such user can exist, and each would otherwise hold its own.</summary>
    private const string TooLong = "\u0000too-long";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var name = context.Arguments.OfType<JsonBody<SignInRequest>>().Single().Value.UserName;
        // Without a name the sign-in is refused before any look-up: nothing to count.
        if (string.IsNullOrEmpty(name)) return await next(context);
        var key = name.Length > GrantRules.MaxNameLength ? TooLong
            : context.HttpContext.RequestServices.GetRequiredService<ILookupNormalizer>().NormalizeName(name) ?? name;
        using var lease = limiter.Acquire(key);
        return lease.IsAcquired ? await next(context)
            : TooManyRequests.For(context.HttpContext, lease, limiter.Limits.SignInStep, "Too many sign-in attempts for this user name.");
    }
}
