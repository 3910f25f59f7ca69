using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Monitoring.Server.Tests;

/// <summary>
/// The built server in a process of its own on a fresh SQLite file, started beside its appsettings.json as the image
/// starts it, with only the environment and arguments a test gives it: as an operator runs it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Ways of choosing the address the test process itself may carry; the child gets only the one under test.</summary>
    private static readonly string[] AddressVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "URLS", "HTTP_PORTS", "HTTPS_PORTS"];

    private readonly TempFolder _folder;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ServerProcess(TempFolder folder, ProcessStartInfo start)
    {
        _folder = folder;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _log.Enqueue(line); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _log.Enqueue(line); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static ServerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet", [BuiltServer.Dll(), .. arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(BuiltServer.Dll())!, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var name in AddressVariables) start.Environment.Remove(name);
        start.Environment["Monitoring__Storage__ConnectionString"] = $"Data Source={folder.DatabasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new ServerProcess(folder, start);
    }

    /// <summary>Waits until <paramref name="path"/> answers 200 through <paramref name="client"/>; fails with the server's log
    /// when it exits or never does.</summary>
    public async Task AnswersAsync(HttpClient client, string path = "/healthz")
    {
        var last = await Eventually.Until(async () =>
        {
            if (_process.HasExited) return $"exited with {_process.ExitCode}";
            try { return (await client.GetAsync(path)).StatusCode.ToString(); }
            catch (HttpRequestException) { return "not listening"; }
            // A process still starting on a busy machine may take the connection and answer late: asked again, up to the bound.
            catch (TaskCanceledException) { return "no answer within the client's timeout"; }
        }, s => s is nameof(HttpStatusCode.OK) || s.StartsWith("exited", StringComparison.Ordinal), within: TimeSpan.FromSeconds(60),
            what: $"{path} at {client.BaseAddress}");
        Assert.True(last == nameof(HttpStatusCode.OK), $"The server {last}:\n{string.Join('\n', _log)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _folder.Dispose();
    }
}
