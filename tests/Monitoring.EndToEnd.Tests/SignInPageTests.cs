using System.Net.Http.Json;
using Microsoft.Playwright;
using Monitoring.Server.Auth;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class SignInPageTests(BrowserFixture browser) : PageTest(browser)
{
    [Fact]
    public async Task A_wrong_password_is_named_then_a_forced_change_leads_to_the_page_asked_for()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.PostAsJsonAsync(new Uri(BaseAddress, "/api/admin/users"), new
        {
            userName = "bripda.lia", displayName = "Bripda Lia", password = "temporary-password", role = Roles.CallTaker,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        await admin.PostAsJsonAsync(new Uri(BaseAddress, "/api/admin/users/bripda.lia/password"), new { password = "temporary-password" });

        var (page, _) = await OpenAsync("/signin?returnUrl=%2Freports", live: false, role: null);
        await Expect(page.Locator("#signin-form button[type=submit]")).ToHaveTextAsync("Masuk");
        await page.ClickAsync("#lang-toggle");
        await Expect(page.Locator("#signin-form button[type=submit]")).ToHaveTextAsync("Sign in");
        await page.ClickAsync("#lang-toggle");

        await page.FillAsync("input[name=userName]", "bripda.lia");
        await page.FillAsync("input[name=password]", "not-the-password");
        await page.ClickAsync("#signin-form button[type=submit]");
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");

        await page.FillAsync("input[name=password]", "temporary-password");
        await page.ClickAsync("#signin-form button[type=submit]");
        await Expect(page.Locator("#password-form")).ToBeVisibleAsync();
        await page.FillAsync("input[name=newPassword]", "short");
        await page.FillAsync("input[name=repeatPassword]", "short");
        await page.ClickAsync("#password-form button[type=submit]");
        await Expect(page.Locator("#password-error")).ToHaveTextAsync("Kata sandi baru minimal 12 karakter.");
        await page.FillAsync("input[name=newPassword]", "lia's own long password");
        await page.FillAsync("input[name=repeatPassword]", "lia's own long password");
        await page.ClickAsync("#password-form button[type=submit]");

        await Expect(page).ToHaveURLAsync(new Uri(BaseAddress, "/reports").ToString(), new() { Timeout = 30_000 });
        var me = await page.EvaluateAsync<string>("() => fetch('/api/auth/me').then(r => r.json()).then(m => m.userName + ' ' + m.mustChangePassword)");
        Assert.Equal("bripda.lia false", me);
    }

    [Fact]
    public async Task A_return_url_off_the_site_is_not_followed()
    {
        var (page, _) = await OpenAsync("/signin?returnUrl=%2F%2Fevil.example%2F", live: false, role: null);
        await page.FillAsync("input[name=userName]", "admin");
        await page.FillAsync("input[name=password]", MonitoringFactory.AdminPassword);
        await page.ClickAsync("#signin-form button[type=submit]");
        // Not the foreign site: the admin's own page, as for a sign-in that asked for none.
        await Expect(page).ToHaveURLAsync(new Uri(BaseAddress, "/admin").ToString(), new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_sign_in_without_a_page_asked_for_leads_to_the_role_s_own_page_and_the_wall_sends_a_non_watcher_there()
    {
        await Factory.ClientAs(Roles.CallTaker).TokenAsync();
        var (page, _) = await OpenAsync("/signin", live: false, role: null);
        await page.FillAsync("input[name=userName]", SignIn.UserName(Roles.CallTaker, null));
        await page.FillAsync("input[name=password]", MonitoringFactory.UserPassword);
        await page.ClickAsync("#signin-form button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Uri(BaseAddress, "/intake").ToString(), new() { Timeout = 30_000 });

        await page.GotoAsync(new Uri(BaseAddress, "/").ToString());
        await Expect(page).ToHaveURLAsync(new Uri(BaseAddress, "/intake").ToString(), new() { Timeout = 30_000 });
    }
}
