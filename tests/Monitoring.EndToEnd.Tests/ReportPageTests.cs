using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class ReportPageTests(BrowserFixture browser) : PageTest(browser)
{
    [Fact]
    public async Task The_report_page_shows_the_table_a_chart_per_milestone_and_downloads_csv()
    {
        var fire = await Api.RecordAsync(Api.Report());
        await Api.ActAsync(fire.CaseId!.Value.Value, "acknowledge", new { unitId = "polres-tangerang-selatan", officer = "Iptu Dewi" });
        await Api.RecordAsync(Api.Report(latitude: -6.17094, longitude: 106.81882));
        // The read model serves reports: wait until it holds both cases.
        await Eventually.Until(() => Api.Manager.GetStringAsync("/api/reports/response-times"), json => json.Contains("polres-metro-jakarta-pusat"));

        var (page, _) = await OpenAsync("/reports", live: false, role: "manager", unitId: null);
        await Expect(page.Locator("#report tr[data-group]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#report tr[data-group='polres-tangerang-selatan'] td").First).ToHaveTextAsync("Polres Tangerang Selatan");
        await Expect(page.Locator("#charts canvas")).ToHaveCountAsync(5);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("reports.png"), FullPage = true });

        await page.SelectOptionAsync("select[name=groupBy]", "category");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#report tr[data-group]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#report tr[data-group='fire'] td").First).ToHaveTextAsync("Kebakaran");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        var path = Artifacts.PathFor("response-times.csv");
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("category,cases,escalations", lines[0]);
        Assert.StartsWith("fire,2,", lines[1]);
    }
}
