using Microsoft.AspNetCore.Http;

namespace Monitoring.EndToEnd.Tests;

/// <summary>
/// The Prometheus the dashboard test runs, given a token file, scrapes as deploy/prometheus/ configures it for a
/// center with sign-in: with the file's token as a bearer token.
/// </summary>
public sealed class PrometheusServerTests
{
    [Fact]
    public async Task Given_a_token_file_it_scrapes_with_the_bearer_token_the_file_holds()
    {
        await using var target = await RecordingKestrel.StartAsync(context => context.Response.WriteAsync("up_here 1\n"));
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "token");
        await File.WriteAllTextAsync(file, "mc110_scrape\n");   // as `echo token > file` writes it

        await using var prometheus = await PrometheusServer.StartAsync(target.Address, file);

        await Eventually.Until(() => Task.FromResult(target.Requests.Count), n => n > 0, within: TimeSpan.FromSeconds(30), what: "a scrape");
        Assert.Equal(("/metrics", "Bearer mc110_scrape"), target.Requests.First());
    }
}
