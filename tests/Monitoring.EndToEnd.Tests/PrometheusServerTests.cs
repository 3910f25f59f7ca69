using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitoring.EndToEnd.Tests;

/// <summary>
/// The Prometheus the dashboard test runs, given a token file, scrapes as deploy/prometheus/ configures it for a
/// center with sign-in. The target is a stand-in on real Kestrel that records the header: what Prometheus sends is
/// the question, and the center's own sign-in is tested in its suite.
/// </summary>
public sealed class PrometheusServerTests
{
    [Fact]
    public async Task Given_a_token_file_it_scrapes_with_the_bearer_token_the_file_holds()
    {
        var seen = new ConcurrentQueue<string?>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var target = builder.Build();
        target.MapGet("/metrics", (HttpRequest request) =>
        {
            seen.Enqueue(request.Headers.Authorization.SingleOrDefault());
            return "up_here 1\n";
        });
        await target.StartAsync();
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "token");
        await File.WriteAllTextAsync(file, "mc110_scrape\n");   // as `echo token > file` writes it

        await using var prometheus = await PrometheusServer.StartAsync(new Uri(target.Urls.Single()), file);

        await Eventually.Until(() => Task.FromResult(seen.Count), n => n > 0, within: TimeSpan.FromSeconds(30), what: "a scrape");
        Assert.Equal("Bearer mc110_scrape", seen.First());
    }
}
