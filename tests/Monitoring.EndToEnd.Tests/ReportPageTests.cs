using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class ReportPageTests(BrowserFixture browser) : PageTest(browser)
{
    [Fact]
    public async Task The_report_page_shows_targets_in_colour_a_total_a_trend_and_refuses_a_bad_period_in_words()
    {
        var rang = DateTimeOffset.UtcNow.AddSeconds(-30);
        var fire = await Api.RecordAsync(new
        {
            callerNumber = "0814000001", kind = "report", category = "fire", summary = "Kebakaran",
            location = new { latitude = -6.34348, longitude = 106.66769 }, receivedAt = rang, answeredAt = rang.AddSeconds(4),
        });
        await Api.RecordAsync(new { callerNumber = "0814000002", kind = "prank", receivedAt = rang, answeredAt = rang.AddSeconds(20) });
        await Api.ActAsync(fire.CaseId!.Value.Value, "acknowledge", new { unitId = "polres-tangerang-selatan", officer = "Iptu Dewi" });
        await Api.RecordAsync(Api.Report(latitude: -6.17094, longitude: 106.81882));
        // The read model serves reports: wait until it holds both cases.
        await Eventually.Until(() => Api.Manager.GetStringAsync("/api/reports/response-times"), json => json.Contains("polres-metro-jakarta-pusat") && json.Contains("\"prank\":1"));

        var (page, _) = await OpenAsync("/reports", live: false, role: "manager", unitId: null);
        await Expect(page.Locator("#report tr[data-group]:not(.total)")).ToHaveCountAsync(2);
        await Expect(page.Locator("#report tr[data-group='polres-tangerang-selatan'] td").First).ToHaveTextAsync("Polres Tangerang Selatan");
        await Expect(page.Locator("#report tr.total td").First).ToHaveTextAsync("Total — Polda Metro Jaya");
        // The trend and one chart per milestone.
        await Expect(page.Locator("#charts canvas")).ToHaveCountAsync(6);
        // Answered over both calls: 4 s and 20 s, one of two within 10 s, red; acknowledged at once, green.
        var answered = page.Locator(".card[data-milestone=answered]");
        await Expect(answered).ToHaveClassAsync("card rag-red");
        await Expect(answered.Locator(".share")).ToHaveTextAsync("50%");
        await Expect(answered.Locator(".target")).ToHaveTextAsync("Target ≤ 10 s");
        await Expect(page.Locator(".card[data-milestone=acknowledged]")).ToHaveClassAsync("card rag-green");
        await Expect(page.Locator(".card[data-milestone=acknowledged] .target")).ToHaveTextAsync("Target P1 1 min · P2 5 min · P3 30 min");
        await Expect(page.Locator(".card[data-milestone=resolved] .target")).ToHaveTextAsync("Target P1 4 jam · P2 24 jam · P3 72 jam");
        await Expect(answered.Locator(".compare")).ToContainTextAsync("Periode sebelumnya —");
        await Expect(page.Locator(".calls")).ToContainTextAsync("3 panggilan (laporan 2, iseng 1)");
        await Expect(page.Locator(".period-shown")).ToContainTextAsync("WIB");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("reports.png"), FullPage = true });
        await page.ClickAsync("#lang-toggle");
        await Expect(answered.Locator("h3")).ToHaveTextAsync("Answered (all calls)");
        await Expect(page.Locator(".card[data-milestone=resolved] .target")).ToHaveTextAsync("Target P1 4 h · P2 24 h · P3 72 h");
        await Expect(page.Locator(".calls")).ToContainTextAsync("3 calls (report 2, prank 1)");
        await page.ClickAsync("#lang-toggle");

        await page.SelectOptionAsync("select[name=groupBy]", "category");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#report tr[data-group]:not(.total)")).ToHaveCountAsync(1);
        await Expect(page.Locator("#report tr[data-group='fire'] td").First).ToHaveTextAsync("Kebakaran");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        var path = Artifacts.PathFor("response-times.csv");
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("category,cases,escalations", lines[0]);
        Assert.StartsWith("fire,2,", lines[1]);
        Assert.StartsWith("polda-metro-jaya,2,", lines[2]);

        // By Polda: one center of one Polda, one row, under the Polda's name.
        await page.SelectOptionAsync("select[name=groupBy]", "polda");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#report th").First).ToHaveTextAsync("Polda");
        await Expect(page.Locator("#report tr[data-group]:not(.total)")).ToHaveCountAsync(1);
        await Expect(page.Locator("#report tr[data-group='polda-metro-jaya']:not(.total) td").First).ToHaveTextAsync("Polda Metro Jaya");

        // A period that ends before it starts: the refusal in words, and none of the last figures left standing.
        await page.FillAsync("input[name=from]", "2026-06-01T12:00");
        await page.FillAsync("input[name=to]", "2026-06-01T11:00");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#report-error")).ToHaveTextAsync("Laporan tidak dapat dimuat: Dari: awal periode harus sebelum akhirnya.");
        await Expect(page.Locator("#report tr")).ToHaveCountAsync(0);
        await Expect(page.Locator("#summary .card")).ToHaveCountAsync(0);
        await Expect(page.Locator("#charts canvas")).ToHaveCountAsync(0);
        await page.FillAsync("input[name=from]", "2020-01-01T00:00");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#report-error")).ToContainTextAsync("periode terlalu panjang");

        // A period with nothing in it says so, rather than drawing empty charts.
        await page.FillAsync("input[name=from]", "2026-06-01T08:00");
        await page.FillAsync("input[name=to]", "2026-06-01T16:00");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("#empty-period")).ToHaveTextAsync("Tidak ada panggilan maupun kasus pada periode ini.");
        await Expect(page.Locator("#report-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#charts canvas")).ToHaveCountAsync(0);
    }
}
