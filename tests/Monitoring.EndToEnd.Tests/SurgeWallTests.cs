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
        await Expect(wall.Locator("#map")).ToHaveAttributeAsync("data-surging", Setu);
        Assert.True(await wall.EvaluateAsync<int>("() => window.alarmTones?.surge ?? 0") >= 1);
        // No alarm to acknowledge yet: the list's count of them is not shown as a zero.
        await Expect(wall.Locator("#alarm-count")).ToBeHiddenAsync();
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
    }
}
