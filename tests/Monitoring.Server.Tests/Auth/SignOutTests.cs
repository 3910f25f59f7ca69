using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

/// <summary>Signing out ends every session of the person (a new security stamp): the token or cookie it was called with,
/// any copy of it, and the person's other sessions.</summary>
public sealed class SignOutTests : ServerTest
{
    private HttpClient NoCookies => Factory.CreateClient(new() { HandleCookies = false });

    [Fact]
    public async Task After_sign_out_with_an_access_token_that_token_and_the_persons_other_sessions_are_refused()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "bripka.rina", Roles.CallTaker)).StatusCode);
        var token = Bearer(Factory, await AccessTokenAsync("bripka.rina"));
        var other = Bearer(Factory, await AccessTokenAsync("bripka.rina"));
        var (page, _) = await CookieClientAsync(Factory, "bripka.rina", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await token.PostAsync("/api/auth/signout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await page.GetAsync("/api/auth/me")).StatusCode);
        // Someone else's session goes on, and the person signs in again as before.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(Factory, await AccessTokenAsync("bripka.rina")).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_kept_from_before_the_sign_out_is_refused()
    {
        var signIn = await SignInAsync(NoCookies, "admin", MonitoringFactory.AdminPassword);
        var session = Cookie(signIn, "mc110.session");
        var me = await SendAsync(HttpMethod.Get, "/api/auth/me", session);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var csrf = (await JsonAsync(me)).GetProperty("antiforgeryToken").GetString()!;

        var signOut = await SendAsync(HttpMethod.Post, "/api/auth/signout", $"{session}; {Cookie(me, "mc110.csrf")}", csrf);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/auth/me", session)).StatusCode);
    }

    [Fact]
    public async Task Sign_out_with_an_api_token_ends_no_one_and_leaves_the_token_to_the_admin_who_issued_it()
    {
        var admin = await Factory.AdminClientAsync();
        var issued = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "asterisk-1", role = Roles.Integration }));
        var machine = Bearer(Factory, issued.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await machine.PostAsync("/api/auth/signout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/auth/me")).StatusCode);
    }

    private Task<string> AccessTokenAsync(string userName) => Factory.AccessTokenAsync(NoCookies, userName, MonitoringFactory.UserPassword);

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string cookies, string? csrf = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        if (csrf is not null) request.Headers.Add(PeopleSetup.CsrfHeader, csrf);
        return await NoCookies.SendAsync(request);
    }
}
