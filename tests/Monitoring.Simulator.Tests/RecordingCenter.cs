using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitoring.Simulator.Tests;

/// <summary>
/// A stand-in for the center on real Kestrel at 127.0.0.1, recording the path and Authorization header of every
/// request: what the simulator sends is the question here, not what the center does with it (the center's own sign-in
/// is tested in its suite). It answers every call 201 with a case of its own, every action 200, or everything with
/// <paramref name="refuseWith"/> and problem details, as the center refuses a token.
/// </summary>
public sealed class RecordingCenter(WebApplication app, ConcurrentQueue<(string Path, string? Authorization)> requests) : IAsyncDisposable
{
    public const string RefusalDetail = "The token is not valid.";

    public Uri Address { get; } = new(app.Urls.Single());

    public IReadOnlyCollection<(string Path, string? Authorization)> Requests => requests;

    public static async Task<RecordingCenter> StartAsync(HttpStatusCode? refuseWith = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<(string, string?)>();
        var cases = 0;
        app.Run(async context =>
        {
            requests.Enqueue((context.Request.Path, context.Request.Headers.Authorization.SingleOrDefault()));
            if (refuseWith is { } status)
            {
                context.Response.StatusCode = (int)status;
                await context.Response.WriteAsJsonAsync(new { title = status.ToString(), status = (int)status, detail = RefusalDetail },
                    options: null, contentType: "application/problem+json");
            }
            else if (context.Request.Path == "/api/interactions")
            {
                context.Response.StatusCode = 201;
                await context.Response.WriteAsJsonAsync(new { caseId = $"K-{Interlocked.Increment(ref cases)}", assignedUnitId = "polsek-setu-tangerang-selatan" });
            }
        });
        await app.StartAsync();
        return new RecordingCenter(app, requests);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
