using System.Diagnostics;
using System.Net;

namespace Monitoring.EndToEnd.Tests;

/// <summary>One server process of a cluster on 127.0.0.1, started from the build output, killed or stopped at will.</summary>
public sealed class ServerNode : IAsyncDisposable
{
    private readonly Process _process;

    private ServerNode(string name, Process process, int httpPort, int clusterPort)
    {
        Name = name;
        _process = process;
        ClusterPort = clusterPort;
        var address = new Uri($"http://127.0.0.1:{httpPort}");
        Client = SignedInClient.OverNetwork(address, "operator", "mabes");
        Manager = SignedInClient.OverNetwork(address, "manager", null);
    }

    public string Name { get; }

    public int ClusterPort { get; }

    /// <summary>Signed in as an operator at the top of the tree: records, reads and acts on every case.</summary>
    public SignedInClient Client { get; }

    /// <summary>Signed in as a manager: reads /metrics and the reports.</summary>
    public SignedInClient Manager { get; }


    public bool Running => !_process.HasExited;

    public static int FreePort() => BuiltServer.FreePort();

    public static ServerNode Start(string name, int clusterPort, int seedPort, IReadOnlyDictionary<string, string> settings)
    {
        var httpPort = FreePort();
        var arguments = new List<string>
        {
            BuiltServer.Dll(), "--urls", $"http://127.0.0.1:{httpPort}", $"--Monitoring:Cluster:Port={clusterPort}",
            $"--Monitoring:Cluster:SeedNodes:0=127.0.0.1:{seedPort}", "--Logging:LogLevel:Default=Warning",
        };
        // The test's own settings come last, so they win over the sign-in defaults.
        arguments.AddRange(SignIn.Settings.Select(kv => $"--{kv.Key}={kv.Value}"));
        arguments.AddRange(settings.Select(kv => $"--{kv.Key}={kv.Value}"));
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(BuiltServer.Dll())!,
        };
        var process = Process.Start(start)!;
        var log = new StreamWriter(Artifacts.PathFor($"cluster-{name}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerNode(name, process, httpPort, clusterPort);
    }

    public async Task WaitReadyAsync() => await Eventually.Until(async () =>
    {
        try { return (await Client.GetAsync("/readyz")).StatusCode; }
        catch (HttpRequestException) { return HttpStatusCode.ServiceUnavailable; }
    }, s => s == HttpStatusCode.OK, within: TimeSpan.FromSeconds(60), what: $"{Name} ready");

    /// <summary>SIGKILL: the process dies at once, mid-request, with nothing handed over.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM: the node leaves the cluster gracefully, handing its shards over, then exits.</summary>
    public async Task TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Manager.Dispose();
        if (!_process.HasExited) Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
