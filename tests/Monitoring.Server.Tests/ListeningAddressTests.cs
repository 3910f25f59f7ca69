using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Monitoring.Server.Http;

namespace Monitoring.Server.Tests;

/// <summary>
/// The built server in a process of its own, started beside its appsettings.json as the image starts it, told where
/// to listen one documented way at a time: it must answer there. Only ever 127.0.0.1.
/// </summary>
public sealed class ListeningAddressTests
{
    /// <summary>Ways of choosing the address the test process itself may carry; the child gets only the one under test.</summary>
    private static readonly string[] AddressVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "URLS", "HTTP_PORTS", "HTTPS_PORTS"];

    private static async Task AnswersAtAsync(int port, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet", [BuiltServer.Dll(), .. arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(BuiltServer.Dll())!, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var name in AddressVariables) start.Environment.Remove(name);
        start.Environment["Monitoring__Storage__ConnectionString"] = $"Data Source={folder.DatabasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var server = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => { if (e.Data is { } line) log.Enqueue(line); };
        server.ErrorDataReceived += (_, e) => { if (e.Data is { } line) log.Enqueue(line); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var last = await Eventually.Until(async () =>
            {
                if (server.HasExited) return $"exited with {server.ExitCode}";
                try { return (await client.GetAsync("/healthz")).StatusCode.ToString(); }
                catch (HttpRequestException) { return "not listening"; }
            }, s => s is nameof(HttpStatusCode.OK) || s.StartsWith("exited", StringComparison.Ordinal), within: TimeSpan.FromSeconds(60),
                what: $"/healthz on 127.0.0.1:{port}");
            Assert.True(last == nameof(HttpStatusCode.OK), $"The server {last}:\n{string.Join('\n', log)}");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task ASPNETCORE_URLS_alone_chooses_the_address()
    {
        var port = BuiltServer.FreePort();
        await AnswersAtAsync(port, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
    }

    [Fact]
    public async Task The_urls_argument_and_the_Urls_setting_choose_the_address()
    {
        var port = BuiltServer.FreePort();
        await AnswersAtAsync(port, new Dictionary<string, string>(), "--urls", $"http://127.0.0.1:{port}");
        port = BuiltServer.FreePort();
        await AnswersAtAsync(port, new Dictionary<string, string> { ["Urls"] = $"http://localhost:{port}" });
    }

    /// <summary>HTTP_PORTS binds every interface, so it is not started here: that it keeps the default away is what is checked.</summary>
    [Theory]
    [InlineData(null, ListeningAddress.Default)]
    [InlineData("--http_ports=5999", null)]
    [InlineData("--https_ports=5999", null)]
    [InlineData("--urls=http://127.0.0.1:5999", "http://127.0.0.1:5999")]
    [InlineData("--Kestrel:Endpoints:Http:Url=http://127.0.0.1:5999", null)]
    public void The_default_address_applies_only_when_none_is_chosen(string? argument, string? urls)
    {
        var builder = WebApplication.CreateBuilder(argument is null ? [] : [argument]).ListenOnDefaultUnlessChosen();
        Assert.Equal(urls, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
