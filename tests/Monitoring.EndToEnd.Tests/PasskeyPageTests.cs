using System.Text.Json;
using Microsoft.Playwright;
using Monitoring.Server.Auth;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>
/// A passkey made and used through the sign-in page, with Chromium's virtual authenticator standing in for the device's
/// (DevTools' WebAuthn domain). The page is opened at <c>localhost</c>, not at <c>127.0.0.1</c> where the server listens:
/// browsers refuse passkeys for an IP address, and the passkey's relying party id is the request's host.
/// </summary>
public sealed class PasskeyPageTests(BrowserFixture fixture) : PageTest(fixture)
{
    private readonly IBrowser _browser = fixture.Browser;

    [Fact]
    public async Task A_person_adds_a_passkey_after_a_password_sign_in_then_signs_in_with_it_alone()
    {
        await Factory.ClientAs(Roles.CallTaker).TokenAsync();
        var site = new UriBuilder(BaseAddress) { Host = "localhost" }.Uri;
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = site.ToString(),
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true, ["hasUserVerification"] = true,
                ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync(new Uri(site, "/signin").ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === '1'");
        await Expect(page.Locator("#passkey-button")).ToHaveTextAsync("Masuk dengan passkey");
        await page.FillAsync("input[name=userName]", SignIn.UserName(Roles.CallTaker, null));
        await page.FillAsync("input[name=password]", MonitoringFactory.UserPassword);
        await page.ClickAsync("#signin-form button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Uri(site, "/intake").ToString(), new() { Timeout = 30_000 });

        await page.ClickAsync("#passkeys-link");
        await Expect(page.Locator("#passkeys")).ToBeVisibleAsync();
        await page.FillAsync("input[name=passkeyName]", "laptop piket");
        await page.ClickAsync("#passkey-form button[type=submit]");
        await Expect(page.Locator("#passkey-list li")).ToContainTextAsync("laptop piket");
        await Expect(page.Locator("#passkeys-error")).ToBeHiddenAsync();

        await page.ClickAsync("#passkeys-done");
        await Expect(page).ToHaveURLAsync(new Uri(site, "/intake").ToString(), new() { Timeout = 30_000 });
        await page.ClickAsync("#sign-out");
        await Expect(page).ToHaveURLAsync(new Uri(site, "/signin").ToString(), new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === '1'");

        await page.ClickAsync("#passkey-button");
        await Expect(page).ToHaveURLAsync(new Uri(site, "/intake").ToString(), new() { Timeout = 30_000 });
        var me = await page.EvaluateAsync<JsonElement>("() => fetch('/api/auth/me').then(r => r.json())");
        Assert.Equal((SignIn.UserName(Roles.CallTaker, null), Roles.CallTaker), (me.GetProperty("userName").GetString(), me.GetProperty("role").GetString()));
        Assert.Empty(errors);
    }
}
