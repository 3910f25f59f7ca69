using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>
/// Every page under the center's Content-Security-Policy in Chromium: each still works (rows, queue, charts, the map's
/// coverage, markers and tiles from a tile server of another origin, the hub over a WebSocket) and nothing is blocked.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : PageTest(browser, Settings)
{
    private const string Setu = "polsek-setu-tangerang-selatan";

    /// <summary>Chosen before the center starts, so that its TileUrl can name the tile server started in the test.</summary>
    private static readonly int TilePort = BuiltServer.FreePort();

    private static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Monitoring:Ui:TileUrl"] = $"http://127.0.0.1:{TilePort}/{{z}}/{{x}}/{{y}}.png",
        ["Monitoring:Ui:TileAttribution"] = "Test tiles",
    };

    /// <summary>A 1×1 PNG, all a tile needs to load.</summary>
    private static readonly byte[] Tile = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task NothingBlockedAsync(IPage page, string what) =>
        Assert.True((await PolicyViolationsAsync(page)) is { Count: 0 }, $"{what}: {string.Join("\n", await PolicyViolationsAsync(page))}");

    private static async Task MapDrawnAsync(IPage page)
    {
        await Expect(page.Locator("#map .leaflet-overlay-pane canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#map img.leaflet-tile-loaded").First).ToBeAttachedAsync();
        await Expect(page.Locator("#map .leaflet-control-attribution")).ToContainTextAsync("Test tiles");
    }

    [Fact]
    public async Task Every_page_works_signed_in_with_nothing_blocked_by_the_policy()
    {
        await using var tiles = await RecordingKestrel.StartAsync(context =>
        {
            context.Response.ContentType = "image/png";
            return context.Response.Body.WriteAsync(Tile).AsTask();
        }, TilePort);
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;

        var (wall, _) = await OpenAsync("/");
        await Expect(wall.Locator($"#cases tr[data-case='{caseId}']")).ToHaveCountAsync(1);
        await MapDrawnAsync(wall);
        // The marker's colour comes from site.css by its priority's class, not from a style attribute.
        var marker = wall.Locator(".leaflet-marker-pane .case-marker span.P1");
        await Expect(marker).ToHaveCountAsync(1);
        await Expect(marker).ToHaveCSSAsync("background-color", "rgb(255, 59, 48)");
        Assert.True(await wall.EvaluateAsync<bool>("() => window.monitoringFeed.connection.transport?._webSocket?.readyState === WebSocket.OPEN"),
            "the wall's feed is not on a WebSocket");
        Assert.Contains(tiles.Requests, r => r.Path.EndsWith(".png", StringComparison.Ordinal));
        await NothingBlockedAsync(wall, "the wall");

        var (console, _) = await OpenAsync($"/unit/{Setu}");
        await console.ClickAsync($"#queue li[data-case='{caseId}']");
        await Expect(console.Locator("button[data-action=acknowledge]")).ToBeVisibleAsync();
        await NothingBlockedAsync(console, "the unit's console");

        var (intake, _) = await OpenAsync("/intake", live: false);
        await MapDrawnAsync(intake);
        await intake.FillAsync("input[name=callerNumber]", "081234567890");
        await intake.Locator("input[name=callerNumber]").BlurAsync();
        await Expect(intake.Locator("#history li")).ToHaveCountAsync(1);
        await NothingBlockedAsync(intake, "the intake");

        var (admin, _) = await OpenAsync("/admin", live: false, role: "admin", unitId: null);
        await Expect(admin.Locator("#user-rows tr")).Not.ToHaveCountAsync(0);
        await admin.Locator("tr[data-user='admin'] button[data-action=disable]").ClickAsync();
        await Expect(admin.Locator("#confirm")).ToBeVisibleAsync();
        await admin.Keyboard.PressAsync("Escape");
        await NothingBlockedAsync(admin, "the admin's page");

        var (signedIn, _) = await OpenAsync("/signin", live: false);
        await Expect(signedIn.Locator("#signin-form")).ToBeVisibleAsync();
        await NothingBlockedAsync(signedIn, "the sign-in page signed in");

        // Signed out: the sign-in page's own script signs in and goes on to the reports, which draw their charts.
        await Api.Manager.TokenAsync();
        var (signin, _) = await OpenAsync("/signin?returnUrl=%2Freports", live: false, role: null);
        await signin.FillAsync("input[name=userName]", SignIn.UserName("manager", null));
        await signin.FillAsync("input[name=password]", SignIn.UserPassword);
        var answers = new System.Collections.Concurrent.ConcurrentQueue<string>();
        signin.Response += (_, r) => { if (!r.Url.Contains("/js/", StringComparison.Ordinal)) answers.Enqueue($"{r.Status} {r.Request.Method} {r.Url}"); };
        await signin.ClickAsync("#signin-form button[type=submit]");
        // Polled rather than awaited as a navigation: a navigation that had already begun when the wait started was missed
        // now and then, and the page sat at /reports until the wait ran out.
        try { await Expect(signin).ToHaveURLAsync(new Uri(BaseAddress, "/reports").ToString(), new() { Timeout = 30_000 }); }
        catch (PlaywrightException e)
        {
            throw new TimeoutException($"{e.Message}\nat {signin.Url}: {await signin.InnerTextAsync("body")}\n{string.Join('\n', answers)}", e);
        }
        await signin.WaitForFunctionAsync("() => document.body.dataset.ready === '1'");
        await Expect(signin.Locator("#charts canvas")).ToHaveCountAsync(6);
        await NothingBlockedAsync(signin, "the sign-in and the reports");

        // The policy is in force and its violations are seen: an inline script and a style attribute are refused.
        var ran = await signin.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true';
              document.body.append(script);
              document.body.insertAdjacentHTML('beforeend', '<span style="color: red">x</span>');
              return window.inlineRan === true;
            }
            """);
        Assert.False(ran);
        await Eventually.Until(() => PolicyViolationsAsync(signin), v => v.Count(e => e.Contains("script-src")) >= 1 && v.Any(e => e.Contains("style-src")),
            what: "the refused inline script and style reported");
    }
}
