using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The reports page's second tab: pranks, silent and genuine calls, and the numbers the ladder reached beside them.</summary>
public sealed class NuisanceReportPageTests(BrowserFixture browser) : PageTest(browser)
{
    [Fact]
    public async Task The_nuisance_tab_shows_each_tally_with_its_share_the_levels_reached_beside_genuine_calls_and_masked_repeat_callers()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-20);
        // Two pranks warn the number; a silent call makes three nuisances in 24 h and screens it.
        await Api.RecordAsync(new { callerNumber = "081410000001", kind = "prank", receivedAt = start });
        await Api.RecordAsync(new { callerNumber = "081410000001", kind = "prank", receivedAt = start.AddMinutes(1) });
        await Api.RecordAsync(new { callerNumber = "081410000001", kind = "silent", receivedAt = start.AddMinutes(2) });
        await Api.RecordAsync(Api.Report(caller: "081410000003"));
        await Api.RecordAsync(new { callerNumber = "081410000004", kind = "information", location = new { latitude = -6.34348, longitude = 106.66769 } });
        await Eventually.Until(() => Api.Manager.GetStringAsync("/api/reports/nuisance"), json => json.Contains("\"calls\":5,"));

        var (page, _) = await OpenAsync("/reports#nuisance", live: false, role: "manager", unitId: null);
        await Expect(page.Locator("#tab-response-times")).ToBeHiddenAsync();
        var prank = page.Locator("#nuisance .card[data-tally=prank]");
        await Expect(prank.Locator(".now")).ToHaveTextAsync("2 40% dari semua panggilan");
        await Expect(page.Locator("#nuisance .card[data-tally=genuine] .now b")).ToHaveTextAsync("2");
        await Expect(page.Locator("#nuisance .card[data-level=warned] .now b")).ToHaveTextAsync("1");
        await Expect(page.Locator("#nuisance .card[data-level=flagged] .now b")).ToHaveTextAsync("0");
        // Genuine calls stand beside every sanction count.
        await Expect(page.Locator("#nuisance .card[data-level=screened] .compare")).ToContainTextAsync("Panggilan sungguhan pada periode 2");
        var total = page.Locator("#nuisance tr.total");
        await Expect(total.Locator("td[data-tally=genuine]")).ToHaveTextAsync("2 40%");
        await Expect(total.Locator("td[data-level=screened]")).ToHaveTextAsync("1");
        await Expect(page.Locator("#nuisance .repeat-callers td.number")).ToHaveTextAsync("0814****0001");
        await Expect(page.Locator("#nuisance .repeat-callers tr").Nth(1).Locator("td").Last).ToHaveTextAsync("Disaring");

        await page.SelectOptionAsync("#nuisance-form select[name=groupBy]", "polres");
        await page.ClickAsync("#nuisance-form button[type=submit]");
        await Expect(page.Locator("#nuisance .nuisance-rows tr[data-group]:not(.total) td:first-child"))
            .ToHaveTextAsync(["Triase Polda", "Polres Tangerang Selatan"]);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("reports-nuisance-id-1920x1080.png") });
        await page.ClickAsync("#lang-toggle");
        await Expect(page.Locator(".tabs a[href='#nuisance']")).ToHaveTextAsync("Pranks & silent calls");
        await Expect(page.Locator("#nuisance .card[data-level=screened] h3")).ToHaveTextAsync("Screened");
        await Expect(page.Locator("#nuisance .nuisance-rows tr[data-group='(triage)'] td").First).ToHaveTextAsync("Polda triage");
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("reports-nuisance-en-1920x1080.png") });
        await page.ClickAsync("#lang-toggle");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#nuisance-csv"));
        var path = Artifacts.PathFor("nuisance.csv");
        await download.SaveAsAsync(path);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("polres,from,to,calls,calls_genuine,calls_prank,calls_silent", lines[0]);
        Assert.Equal("(triage),,,3,0,2,1,0,0,0.667,0.333,0,1,0,1", lines[1]);

        // A refused period says why in words and leaves none of the old figures.
        await page.FillAsync("#nuisance-form input[name=from]", "2026-06-01T12:00");
        await page.FillAsync("#nuisance-form input[name=to]", "2026-06-01T11:00");
        await page.ClickAsync("#nuisance-form button[type=submit]");
        await Expect(page.Locator("#nuisance-error")).ToHaveTextAsync("Laporan tidak dapat dimuat: Dari: awal periode harus sebelum akhirnya.");
        await Expect(page.Locator("#nuisance .card")).ToHaveCountAsync(0);

        // The first tab is one click away and still works.
        await page.ClickAsync(".tabs a[href='#response-times']");
        await Expect(page.Locator("#tab-nuisance")).ToBeHiddenAsync();
        await Expect(page.Locator("#report tr.total td").First).ToHaveTextAsync("Total — Polda Metro Jaya");
    }
}
