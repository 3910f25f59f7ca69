using System.Net;
using Microsoft.AspNetCore.Http;

namespace Monitoring.Simulator.Tests;

/// <summary>
/// A stand-in for the center that records what the simulator sends (<see cref="RecordingKestrel"/>): it answers
/// every call 201 with a case of its own and every action 200, or everything with <c>refuseWith</c> and problem
/// details, as the center refuses a token.
/// </summary>
internal static class RecordingCenter
{
    public const string RefusalDetail = "The token is not valid.";

    public static Task<RecordingKestrel> StartAsync(HttpStatusCode? refuseWith = null)
    {
        var cases = 0;
        return RecordingKestrel.StartAsync(async context =>
        {
            if (refuseWith is { } status)
            {
                context.Response.StatusCode = (int)status;
                await context.Response.WriteAsJsonAsync(new { title = status.ToString(), status = (int)status, detail = RefusalDetail },
                    options: null, contentType: "application/problem+json");
            }
            else if (context.Request.Path == "/api/interactions")
            {
                context.Response.StatusCode = 201;
                await context.Response.WriteAsJsonAsync(new
                {
                    caseId = $"K-{Interlocked.Increment(ref cases)}", assignedUnitId = "polsek-setu-tangerang-selatan",
                    unitChain = new[] { "polsek-setu-tangerang-selatan", "polres-tangerang-selatan", "polda-metro-jaya", "mabes" },
                });
            }
        });
    }
}
