using Akka.Actor;
using Microsoft.AspNetCore.Diagnostics;
using Monitoring.Actors.Protocol;

namespace Monitoring.Server.Http;

/// <summary>
/// An actor that does not answer in time, or a journal that cannot write, means the center is overloaded or its
/// database is away: 503 with Retry-After, never a 500 or a hang.
/// </summary>
public sealed class UnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (AskTimeoutException or StorageUnavailableException or TaskCanceledException { InnerException: TimeoutException }))
            return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "Service unavailable", Detail = "The center did not answer in time. Try again shortly." },
        });
    }
}
