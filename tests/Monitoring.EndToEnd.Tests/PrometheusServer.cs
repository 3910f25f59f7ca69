using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Monitoring.EndToEnd.Tests;

/// <summary>Debian's Prometheus (installed by test.sh when missing) scraping one target every second, on 127.0.0.1.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";
    private readonly Process _process;
    private readonly string _directory;

    private PrometheusServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <param name="tokenFile">
    /// A file holding the bearer token to scrape with, as deploy/prometheus/ configures it for a center with sign-in
    /// (<c>credentials_file</c>: Prometheus reads it on every scrape); none scrapes without a token.
    /// </param>
    public static async Task<PrometheusServer> StartAsync(Uri target, string? tokenFile = null)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: ./test.sh installs Debian's prometheus.");
        var directory = Directory.CreateTempSubdirectory("monitoring-prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        // A JSON string is a YAML double-quoted scalar: any path is written as it is.
        var authorization = tokenFile is null ? "" : $"""

                authorization:
                  type: Bearer
                  credentials_file: {JsonSerializer.Serialize(Path.GetFullPath(tokenFile))}
            """;
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: monitoring
                metrics_path: /metrics{authorization}
                static_configs:
                  - targets: ["{target.Authority}"]
            """);
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(Binary,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory, "data")}", $"--web.listen-address=127.0.0.1:{port}"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port}"));
        await Eventually.Until(async () =>
        {
            try { return (await server.Client.GetAsync("/-/ready")).StatusCode; }
            catch (HttpRequestException) { return HttpStatusCode.ServiceUnavailable; }
        }, s => s == HttpStatusCode.OK, what: "Prometheus ready");
        return server;
    }

    /// <summary>Runs an instant query; returns the API's status, error and the number of series in the result.</summary>
    public async Task<(string Status, string? Error, int Series)> QueryAsync(string expr)
    {
        var response = await Client.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(expr));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var status = root.GetProperty("status").GetString()!;
        var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
        var series = status == "success" ? root.GetProperty("data").GetProperty("result").GetArrayLength() : 0;
        return (status, error, series);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
