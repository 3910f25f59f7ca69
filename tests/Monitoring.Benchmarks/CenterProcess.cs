using System.Diagnostics;
using System.Globalization;
using System.Net;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Monitoring.Simulator;
using Monitoring.Testing;

namespace Monitoring.Benchmarks;

/// <summary>The center as an operator runs it: this build's Release server in a process of its own on 127.0.0.1.</summary>
public sealed class CenterProcess : IAsyncDisposable
{
    private readonly Process _process;

    /// <summary>Reads /metrics, with the token <see cref="ScrapeAs"/> gives it: apart from <see cref="Client"/>, which sends none of its own.</summary>
    private readonly HttpClient _scrape;

    private CenterProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _scrape = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    /// <summary>Carries no token by default: each call names the role it goes as (see <see cref="BenchTokens"/>).</summary>
    public HttpClient Client { get; }

    /// <summary>The token the reads of /metrics carry from now on: a role that may read them (a manager's).</summary>
    public void ScrapeAs(string token) => _scrape.DefaultRequestHeaders.Authorization = CenterTokens.Header(token);

    /// <summary>Resident memory of the process now, in bytes.</summary>
    public long ResidentBytes => long.Parse(File.ReadLines($"/proc/{_process.Id}/status")
        .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    /// <summary>
    /// Deadlines a day away, so no case escalates while the benchmark fills the center. The first start on a database
    /// makes the admin with <paramref name="adminPassword"/>; a start after it finds the admin there and keeps it.
    /// <paramref name="settings"/> are more of the center's settings, as its command line takes them (<c>--Key=value</c>).
    /// </summary>
    public static CenterProcess Start(StorageOptions storage, int httpPort, string adminPassword, IEnumerable<string>? settings = null)
    {
        var arguments = new List<string>
        {
            BuiltServer.Dll(), "--urls", $"http://127.0.0.1:{httpPort}", "--Logging:LogLevel:Default=Warning",
            $"--Monitoring:Storage:Provider={storage.Provider}", $"--Monitoring:Storage:ConnectionString={storage.ConnectionString}",
        };
        string[] milestones = ["Acknowledge", "Dispatch", "OnScene", "Resolve"];
        foreach (var priority in new[] { "P1", "P2", "P3" })
            for (var m = 0; m < milestones.Length; m++)
                arguments.Add($"--Monitoring:Sla:{priority}:{milestones[m]}={m + 1}.00:00:00");
        arguments.AddRange(settings ?? []);
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        // In the environment, not the arguments: the password stays out of the process list.
        foreach (var (name, value) in BenchTokens.CenterEnvironment(adminPassword)) start.Environment[name] = value;
        var process = Process.Start(start)!;
        // A log entry is a header line ("fail: Category[0]") and indented lines after it: errors are shown whole, with
        // their exception, other entries only in the lines that speak of failure.
        var wholeEntry = false;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            if (!line.StartsWith(' ')) wholeEntry = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);
            if (wholeEntry || line.Contains("fail", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine("  center: " + line);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine("  center: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new CenterProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
    }

    public static int FreePort() => BuiltServer.FreePort();

    public async Task WaitReadyAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (clock.Elapsed < within)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The center exited with {_process.ExitCode}.");
            try
            {
                if ((await Client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await poll.WaitForNextTickAsync();
        }
        throw new TimeoutException($"The center was not ready within {within}.");
    }

    /// <summary>The open cases live in this process, as its own gauge counts them.</summary>
    public async Task<long> OpenCasesAsync() => (long)await MetricAsync("monitoring_open_cases");

    /// <summary>Seconds the center's JIT compiler has worked since it started (the runtime's own counter).</summary>
    public Task<double> CompilerSecondsAsync() => MetricAsync("system_runtime_dotnet_jit_compilation_time");

    private async Task<double> MetricAsync(string name) => (await MetricsScrape.TakeAsync(_scrape)).SumOf(name);

    /// <summary>SIGKILL: no goodbye, nothing handed over.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _scrape.Dispose();
        if (!_process.HasExited) Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

}
