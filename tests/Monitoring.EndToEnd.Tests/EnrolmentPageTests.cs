using System.Text.Json;
using Microsoft.Playwright;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>An admin's first sign-in with the default second-factor rule, as on a fresh center: the phone's camera reads
/// the key off the page, the code it then shows turns the second factor on, and the recovery codes lead on.</summary>
public sealed class EnrolmentPageTests(BrowserFixture browser)
    : PageTest(browser, new Dictionary<string, string?> { ["Monitoring:Auth:TwoFactorRoles"] = "admin,manager" })
{
    [Fact]
    public async Task The_QR_code_holds_the_key_the_code_from_it_enrols_and_the_recovery_codes_lead_to_the_admin_page()
    {
        var (page, _) = await OpenAsync("/signin", live: false, role: null);
        await page.FillAsync("input[name=userName]", "admin");
        await page.FillAsync("input[name=password]", MonitoringFactory.AdminPassword);
        await page.ClickAsync("#signin-form button[type=submit]");
        await Expect(page.Locator("#enrol-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#authenticator-uri")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^otpauth://"));

        var scanned = ReadQr(await page.EvaluateAsync<JsonElement>("""
            () => { const c = document.getElementById('authenticator-qr'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height);
                    return { width: c.width, height: c.height, pixels: Array.from(d.data) }; }
            """));
        var uri = await page.Locator("#authenticator-uri").GetAttributeAsync("href");
        Assert.Equal(uri, scanned);
        var key = System.Web.HttpUtility.ParseQueryString(new Uri(scanned).Query)["secret"]!;

        await page.FillAsync("input[name=enrolCode]", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("#enrol-form button[type=submit]");
        await Expect(page.Locator("#recovery-codes")).ToContainTextAsync("-");
        await page.ClickAsync("#recovery-done");
        await page.WaitForURLAsync(new Uri(BaseAddress, "/admin").ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>What a phone's camera does with the canvas: RGBA pixels to luminance, then a QR reader.</summary>
    private static string ReadQr(JsonElement image)
    {
        var width = image.GetProperty("width").GetInt32();
        var height = image.GetProperty("height").GetInt32();
        var rgba = image.GetProperty("pixels").EnumerateArray().Select(p => (byte)p.GetInt32()).ToArray();
        var luminance = new byte[width * height];
        for (var i = 0; i < luminance.Length; i++) luminance[i] = (byte)((rgba[4 * i] + rgba[4 * i + 1] + rgba[4 * i + 2]) / 3);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false)));
        var result = new QRCodeReader().decode(bitmap);
        Assert.NotNull(result);
        return result.Text;
    }
}
