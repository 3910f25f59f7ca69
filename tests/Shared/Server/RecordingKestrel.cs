using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitoring.Testing;

/// <summary>
/// A stand-in server on real Kestrel at 127.0.0.1 that records the path and the Authorization header of every
/// request, then answers as <c>respond</c> says: for tests of what a client (the simulator, Prometheus) sends, which
/// is the question there. What the center does with a token is tested in the center's own suite.
/// </summary>
internal sealed class RecordingKestrel(WebApplication app, ConcurrentQueue<(string Path, string? Authorization)> requests) : IAsyncDisposable
{
    public Uri Address { get; } = new(app.Urls.Single());

    public IReadOnlyCollection<(string Path, string? Authorization)> Requests => requests;

    public static async Task<RecordingKestrel> StartAsync(RequestDelegate respond, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<(string, string?)>();
        app.Run(context =>
        {
            requests.Enqueue((context.Request.Path, context.Request.Headers.Authorization.SingleOrDefault()));
            return respond(context);
        });
        await app.StartAsync();
        return new RecordingKestrel(app, requests);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
