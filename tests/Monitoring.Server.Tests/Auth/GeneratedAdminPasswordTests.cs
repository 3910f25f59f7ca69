using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

[Collection(nameof(ServerHosts))]
public sealed partial class GeneratedAdminPasswordTests
{
    private static readonly Dictionary<string, string?> NoPassword = new() { ["Monitoring:Auth:BootstrapAdminPassword"] = "" };

    [Fact]
    public async Task Without_a_configured_password_one_is_printed_once_and_must_be_changed()
    {
        using var folder = new TempFolder();
        var firstLogs = new CapturedLogs();
        string password;
        using (var first = Started(folder, firstLogs))
        {
            var client = first.CreateClient();
            var lines = firstLogs.Lines.Where(l => l.Message.Contains("one-time password", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(lines);
            Assert.Equal(LogLevel.Warning, line.Level);
            password = PasswordInLog().Match(line.Message).Groups[1].Value;
            Assert.True(password.Length >= 12, line.Message);
            // A first start is not a failure: the empty people store is found, not stumbled on.
            Assert.DoesNotContain(firstLogs.Lines, l => l.Level >= LogLevel.Error);

            var token = await TokenAsync(client, "admin", password);
            Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
            Assert.True((await JsonAsync(token)).GetProperty("mustChangePassword").GetBoolean());

            // The page signs in, is told to change the password, and does.
            var signIn = await SignInAsync(client, "admin", password);
            Assert.True((await JsonAsync(signIn)).GetProperty("mustChangePassword").GetBoolean());
            var me = await JsonAsync(await client.GetAsync("/api/auth/me"));
            Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
            // Until then the session holds no role.
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/users")).StatusCode);

            var change = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
            {
                Content = JsonContent.Create(new { currentPassword = password, newPassword = "short" }),
            };
            change.Headers.Add("X-CSRF-TOKEN", me.GetProperty("antiforgeryToken").GetString());
            var tooShort = await client.SendAsync(change);
            Assert.Equal(["newPassword"], await FieldsAsync(tooShort));

            change = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
            {
                Content = JsonContent.Create(new { currentPassword = password, newPassword = "a new long admin password" }),
            };
            change.Headers.Add("X-CSRF-TOKEN", me.GetProperty("antiforgeryToken").GetString());
            Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(change)).StatusCode);
            // The page's session was issued again and now holds the role.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/admin/users")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, "admin", "a new long admin password")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, "admin", password)).StatusCode);
        }

        var secondLogs = new CapturedLogs();
        using var second = Started(folder, secondLogs);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(second.CreateClient(), "admin", "a new long admin password")).StatusCode);
        Assert.DoesNotContain(secondLogs.Lines, l => l.Message.Contains("one-time password", StringComparison.Ordinal));
        Assert.DoesNotContain(firstLogs.Lines.Concat(secondLogs.Lines), l => l.Message.Contains("a new long admin password", StringComparison.Ordinal));
    }

    private static WebApplicationFactoryWithLogs Started(TempFolder folder, CapturedLogs logs)
    {
        var factory = new WebApplicationFactoryWithLogs(new MonitoringFactory(folder.Path, NoPassword), logs);
        _ = factory.Factory.Services;   // starts the host, so that the first start's lines are in
        return factory;
    }

    [GeneratedRegex(@"one-time password (\S+)")]
    private static partial Regex PasswordInLog();

    /// <summary>The test's factory with a log provider added; disposes both.</summary>
    private sealed class WebApplicationFactoryWithLogs(MonitoringFactory inner, CapturedLogs logs) : IDisposable
    {
        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; } =
            inner.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        public HttpClient CreateClient() => Factory.CreateClient();

        public void Dispose()
        {
            Factory.Dispose();
            inner.Dispose();
        }
    }
}
