using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using Monitoring.Server.Tests.Audit;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

public sealed class PasskeySignInTests : ServerTest
{
    /// <summary>The test server's address as the browser would name it; the passkey options take their RP id from its host.</summary>
    private const string Origin = "http://localhost";

    [Fact]
    public async Task A_passkey_signs_its_person_in_to_a_cookie_session_and_is_refused_once_the_person_is_disabled()
    {
        var admin = await Factory.AdminClientAsync();
        await CreateUserAsync(admin, "briptu.sari", Roles.CallTaker);
        using var authenticator = new SoftAuthenticator();
        string userId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>();
            var sari = (await users.FindByNameAsync("briptu.sari"))!;
            userId = sari.Id;
            Assert.True((await users.AddOrUpdatePasskeyAsync(sari, authenticator.Passkey("laptop"))).Succeeded);
        }

        var browser = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PasskeySignInAsync(browser, authenticator, userId)).StatusCode);
        var me = await JsonAsync(await browser.GetAsync("/api/auth/me"));
        Assert.Equal(("briptu.sari", Roles.CallTaker), (me.GetProperty("userName").GetString(), me.GetProperty("role").GetString()));
        var line = await AuditApi.LineAsync(admin, SignInAudit.SignedIn, "briptu.sari");
        Assert.Equal("passkey", line.Text("detail"));

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/admin/users/briptu.sari", new { disabled = true })).StatusCode);
        var refused = await PasskeySignInAsync(Factory.CreateClient(), authenticator, userId);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await AuditApi.LineAsync(admin, SignInAudit.Failed, "briptu.sari");
    }

    [Fact]
    public async Task A_person_of_the_issuer_s_is_refused_a_passkey_which_would_go_round_the_issuer()
    {
        using var authenticator = new SoftAuthenticator();
        string userId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>();
            var sso = new MonitoringUser { UserName = "sso.subject-1", Role = Roles.CallTaker };
            Assert.True((await users.CreateAsync(sso)).Succeeded);
            userId = sso.Id;
            Assert.True((await users.AddOrUpdatePasskeyAsync(sso, authenticator.Passkey("laptop"))).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await PasskeySignInAsync(Factory.CreateClient(), authenticator, userId)).StatusCode);
    }

    [Fact]
    public async Task An_assertion_without_the_options_cookie_is_refused()
    {
        using var authenticator = new SoftAuthenticator();
        var options = await (await Factory.CreateClient().PostAsync("/api/auth/passkey/options", null)).Content.ReadAsStringAsync();
        var stranger = Factory.CreateClient();
        var response = await Send(stranger, authenticator.Assert(options, "nobody", Origin));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PasskeySignInAsync(HttpClient browser, SoftAuthenticator authenticator, string userId)
    {
        var options = await browser.PostAsync("/api/auth/passkey/options", null);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        return await Send(browser, authenticator.Assert(await options.Content.ReadAsStringAsync(), userId, Origin));
    }

    private static Task<HttpResponseMessage> Send(HttpClient browser, object credential)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/passkey/signin") { Content = JsonContent.Create(new { credential }) };
        request.Headers.Add("Origin", Origin);
        return browser.SendAsync(request);
    }
}
