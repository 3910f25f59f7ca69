using Microsoft.Playwright;
using Monitoring.Server.Auth;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The sign-in page of a center without local accounts, in Chromium, through the test issuer's code flow.</summary>
public sealed class SsoPageTests(BrowserFixture browser, IssuerFixture issuer) : PageTest(browser, Settings(issuer)), IClassFixture<IssuerFixture>
{
    private static Dictionary<string, string?> Settings(IssuerFixture issuer)
    {
        var settings = issuer.Issuer.CenterSettings();
        settings["Monitoring:Auth:LocalAccounts"] = "false";
        return settings;
    }

    [Fact]
    public async Task The_page_offers_only_the_issuer_and_its_sign_in_leads_to_the_unit_page_asked_for()
    {
        await issuer.Issuer.AllowCenterAsync(BaseAddress);
        issuer.Issuer.User = new IssuerUser("officer-21", "Aiptu Wayan", [Roles.Officer], "polsek-gambir");

        var (page, _) = await OpenAsync("/signin?returnUrl=%2Funit%2Fpolsek-gambir", live: false, role: null);
        await Expect(page.Locator("#signin-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#sso-link")).ToHaveTextAsync("Masuk dengan SSO");
        await page.ClickAsync("#sso-link");

        await page.WaitForURLAsync(new Uri(BaseAddress, "/unit/polsek-gambir").ToString(), new PageWaitForURLOptions { Timeout = 60000 });
        var me = await page.EvaluateAsync<string>("() => fetch('/api/auth/me').then(r => r.json()).then(m => m.displayName + ' ' + m.unitId)");
        Assert.Equal("Aiptu Wayan polsek-gambir", me);
    }

    [Fact]
    public async Task A_refused_sign_in_says_why_in_bahasa_indonesia_and_in_english()
    {
        await issuer.Issuer.AllowCenterAsync(BaseAddress);
        issuer.Issuer.User = new IssuerUser("visitor-3", "Tamu", ["visitor"]);

        var (page, _) = await OpenAsync("/signin", live: false, role: null);
        await page.ClickAsync("#sso-link");

        await page.WaitForURLAsync(new Uri(BaseAddress, "/signin?sso=role").ToString(), new PageWaitForURLOptions { Timeout = 60000 });
        await Expect(page.Locator("#sso-error")).ToHaveTextAsync("Akun SSO Anda tidak memiliki peran yang dikenal pusat ini. Hubungi admin.");
        await page.ClickAsync("#lang-toggle");
        await Expect(page.Locator("#sso-error")).ToHaveTextAsync("Your SSO account holds no role this center knows. Ask an admin.");
        await Expect(page.Locator("#signin-form")).ToBeHiddenAsync();
    }
}
