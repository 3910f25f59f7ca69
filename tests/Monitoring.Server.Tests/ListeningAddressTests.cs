using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Monitoring.Server.Http;

namespace Monitoring.Server.Tests;

/// <summary>
/// The built server in a process of its own, started beside its appsettings.json as the image starts it, told where
/// to listen one documented way at a time: it must answer there. Only ever 127.0.0.1.
/// </summary>
[StorageIndependent]
public sealed class ListeningAddressTests
{
    private static async Task AnswersAtAsync(int port, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var server = ServerProcess.Start(environment, arguments);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        await server.AnswersAsync(client);
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
