using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

[StorageIndependent]
public sealed class AntiforgeryAuthTests : ServerTest
{
    [Fact]
    public async Task A_cookie_signed_post_needs_the_csrf_header_and_passes_with_it()
    {
        var (page, csrf) = await CookieClientAsync(Factory, "admin", MonitoringFactory.AdminPassword);
        var user = new { userName = "bripka.rudi", displayName = "Rudi", password = MonitoringFactory.UserPassword, role = Roles.CallTaker };

        var without = await page.PostAsJsonAsync("/api/admin/users", user);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(["X-CSRF-TOKEN"], await FieldsAsync(without));

        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/admin/users") { Content = JsonContent.Create(user) };
        wrong.Headers.Add("X-CSRF-TOKEN", "forged");
        Assert.Equal(HttpStatusCode.BadRequest, (await page.SendAsync(wrong)).StatusCode);

        var with = new HttpRequestMessage(HttpMethod.Post, "/api/admin/users") { Content = JsonContent.Create(user) };
        with.Headers.Add("X-CSRF-TOKEN", csrf);
        Assert.Equal(HttpStatusCode.Created, (await page.SendAsync(with)).StatusCode);
    }

    [Fact]
    public async Task A_bearer_post_needs_no_csrf_header_and_sign_out_ends_the_cookie()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "bripka.rina", Roles.CallTaker)).StatusCode);

        var (page, csrf) = await CookieClientAsync(Factory, "bripka.rina", MonitoringFactory.UserPassword);
        Assert.Equal(HttpStatusCode.BadRequest, (await page.PostAsync("/api/auth/signout", null)).StatusCode);
        var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signout");
        signOut.Headers.Add("X-CSRF-TOKEN", csrf);
        Assert.Equal(HttpStatusCode.NoContent, (await page.SendAsync(signOut)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await page.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict_and_a_wall_remembered_stays_long()
    {
        var admin = await Factory.AdminClientAsync();
        var response = await SignInAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mc110.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);   // not remembered: ends with the browser

        await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "wall-ops", displayName = "Wall", password = MonitoringFactory.UserPassword, role = Roles.Wall, unitId = "polda-metro-jaya",
        });
        var wall = await SignInAsync(Factory.CreateClient(), "wall-ops", MonitoringFactory.UserPassword, remember: true);
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        var expires = wall.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mc110.session=", StringComparison.Ordinal))
            .Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))["expires=".Length..];
        Assert.True(DateTimeOffset.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddDays(399));
    }
}
