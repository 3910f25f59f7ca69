using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Monitoring.Server.Http;

/// <summary>
/// Output caching of a GET whose 200 answer depends on no one's sign-in or grant, although every request is signed in, keyed
/// by the query fields named. The built-in <c>Cache()</c> with the default policy excluded never looks up nor stores: only
/// the default policy, which refuses signed-in requests, allows them.
/// </summary>
public sealed class SameForEveryoneCache(Func<HttpRequest, bool> when, params string[] queryKeys) : IOutputCachePolicy
{
    /// <summary>What else the answer depends on, when it is the same only for everyone alike in it (the Polda of a grant).</summary>
    public Func<HttpContext, string>? VaryBy { get; init; }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var attempt = HttpMethods.IsGet(request.Method) && when(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = new StringValues(queryKeys);
        if (VaryBy is { } vary) context.CacheVaryByRules.VaryByValues["vary"] = vary(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>A refusal is never stored, nor an answer that sets a cookie (a renewed sign-in is one person's).</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
