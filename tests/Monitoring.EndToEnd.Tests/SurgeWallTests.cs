using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>A surge with a short window: three reports in Setu raise it on the wall, and it leaves once they age out.</summary>
public sealed class SurgeWallTests(BrowserFixture browser) : PageTest(browser, new Dictionary<string, string?>
{
    ["Monitoring:Surge:Threshold"] = "3",
    ["Monitoring:Surge:Window"] = "00:00:05",
    ["Monitoring:Surge:CheckEvery"] = "00:00:00.5",
})
{
    private const string Setu = "polsek-setu-tangerang-selatan";

    [Fact]
    public async Task A_surge_in_one_Polsek_takes_the_banner_sounds_edges_its_area_and_leaves_when_it_is_over_only_on_walls_that_cover_it()
    {
        var (wall, _) = await OpenAsync("/");
        var (elsewhere, _) = await OpenAsync("/", unitId: "polres-metro-jakarta-pusat");
        for (var i = 0; i < 3; i++) await Api.RecordAsync(Api.Report(caller: $"08123456780{i}", category: "traffic"));

        var entry = wall.Locator($"#surges [data-surge-unit='{Setu}']");
        await Expect(entry).ToContainTextAsync("LONJAKAN", new() { Timeout = 15000 });
        await Expect(entry).ToContainTextAsync("3 laporan dalam 5 detik");
        await Expect(entry).ToContainTextAsync("Polsek Setu");
        await Expect(wall.Locator("#alarm.visible")).ToContainTextAsync("LONJAKAN");
        // A surge's reports are mostly new P1 cases: one sounds and joins the list, and leaves the surge its banner.
        var fire = await Api.RecordAsync(Api.Report(caller: "081234567810", category: "fire"));
        await Expect(wall.Locator($"#cases tr[data-case='{fire.CaseId!.Value.Value}']")).ToBeVisibleAsync();
        await wall.WaitForFunctionAsync("() => (window.alarmTones?.newP1 ?? 0) >= 1");
        await Expect(wall.Locator("#alarm.visible")).ToContainTextAsync("LONJAKAN");
        await Expect(wall.Locator("#map")).ToHaveAttributeAsync("data-surging", Setu);
        // A ring wider than its cases' disc: at the Polda's zoom a small Polsek's red edge lies under it.
        var ring = wall.Locator($"#map [data-surge-ring='{Setu}']");
        await Expect(ring).ToBeVisibleAsync();
        Assert.True((await ring.BoundingBoxAsync())!.Width > 60, "the ring is wider than a cluster's disc");
        // Setu lies at the map's foot, where the alarm list lies over it: the map brings the ring above as far as the list may grow.
        Assert.True(await wall.EvaluateAsync<bool>("""
            () => {
              const list = document.getElementById("alarm-list"), ring = document.querySelector("[data-surge-ring]").getBoundingClientRect();
              return ring.bottom <= list.getBoundingClientRect().bottom - parseFloat(getComputedStyle(list).maxHeight);
            }
            """), "the ring stands clear of the alarm list");
        Assert.True(await wall.EvaluateAsync<int>("() => window.alarmTones?.surge ?? 0") >= 1);
        // No alarm to acknowledge yet: the list's count of them is not shown as a zero, nor its heading over the surge.
        await Expect(wall.Locator("#alarm-count")).ToBeHiddenAsync();
        await Expect(wall.Locator("#alarm-heading")).ToBeHiddenAsync();
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-surge-1920x1080.png") });

        // A reload rebuilds it from the alerts the center says stand.
        await wall.ReloadAsync();
        await wall.WaitForFunctionAsync("() => window.monitoringFeed?.state === 'Connected'");
        await Expect(entry).ToBeVisibleAsync();

        // A Polres elsewhere does not cover Setu: its wall hears nothing of it.
        await Expect(elsewhere.Locator("#surges li")).ToHaveCountAsync(0);
        await Expect(elsewhere.Locator("#map[data-surging*='polsek-setu']")).ToHaveCountAsync(0);

        // The reports age out of the window: the surge is over, on the list and on the map.
        await Expect(entry).ToHaveCountAsync(0, new() { Timeout = 20000 });
        await Expect(wall.Locator("#map")).ToHaveAttributeAsync("data-surging", "");
        await Expect(ring).ToHaveCountAsync(0);
    }
}
