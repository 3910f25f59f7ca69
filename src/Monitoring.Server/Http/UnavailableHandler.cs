using Akka.Actor;
using Microsoft.AspNetCore.Diagnostics;
using Monitoring.Actors.Protocol;

namespace Monitoring.Server.Http;

/// <summary>
/// An actor that does not answer in time, or a journal that cannot write, means the center is overloaded or its
/// database is away: 503 with Retry-After, never a 500 or a hang. The sign-in reads its database on every request
/// (so a revoked session ends at once): a database error there, however wrapped, is the database being away too.
/// </summary>
public sealed class UnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!Covers(exception)) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "Service unavailable", Detail = "The center did not answer in time. Try again shortly." },
        });
    }

    /// <summary>The exceptions answered with 503 here; the audit trail names the same status for them.</summary>
    public static bool Covers(Exception exception) =>
        exception is AskTimeoutException or StorageUnavailableException or TaskCanceledException { InnerException: TimeoutException }
        || FromDatabase(exception);

    /// <summary>A database error anywhere in the chain: EF Core wraps them, and a dropped connection wraps an IOException.</summary>
    private static bool FromDatabase(Exception? exception) =>
        exception is not null && (exception is System.Data.Common.DbException || FromDatabase(exception.InnerException));
}
