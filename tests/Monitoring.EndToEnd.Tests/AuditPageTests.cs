using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monitoring.Server.Auth;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The audit page as an auditor uses it: from the admin page to the trail, a caller's number as the filter, the
/// times in WIB, pages, Indonesian first and English on the toggle, under the content security policy.</summary>
public sealed class AuditPageTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Caller = "081277770001";
    private const int Reads = 55;

    [Fact]
    public async Task An_admin_follows_the_link_filters_by_a_callers_number_and_pages_through_who_looked_at_it()
    {
        for (var i = 0; i < Reads; i++) await Api.HistoryAsync(Caller);
        var admin = await Factory.AdminClientAsync();
        var written = await Eventually.Until(
            () => admin.GetFromJsonAsync<JsonElement>(new Uri(BaseAddress, "/api/admin/audit?action=caller.history")),
            p => p.GetProperty("total").GetInt32() == Reads);
        var newest = DateTimeOffset.Parse(written.GetProperty("items")[0].GetProperty("at").GetString()!);

        var (page, _) = await OpenAsync("/admin", live: false, role: Roles.Admin, unitId: null);
        await page.ClickAsync("#pages a[href='/audit']");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === '1'");
        Assert.EndsWith("/audit", page.Url);
        await page.FillAsync("#audit-form input[name=target]", Caller);
        await page.ClickAsync("#audit-form button[type=submit]");

        var rows = page.Locator("#audit-rows tr[data-action='caller.history']");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.Locator("#page-info")).ToHaveTextAsync($"Halaman 1 / 2 · {Reads} catatan");
        var first = rows.First;
        await Expect(first).ToContainTextAsync("operator.mabes");
        await Expect(first).ToContainTextAsync("+6281277770001");
        await Expect(first).ToContainTextAsync("Diizinkan (200)");
        var wib = TimeZoneInfo.ConvertTime(newest, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
        await Expect(first.Locator("td").First).ToHaveTextAsync(new Regex($@"{wib:HH}[.:]{wib:mm}[.:]{wib:ss} WIB$"));

        await page.ClickAsync("#page-next");
        await Expect(rows).ToHaveCountAsync(Reads - 50);
        await Expect(page.Locator("#page-next")).ToBeDisabledAsync();
        await page.ClickAsync("#page-previous");
        await Expect(rows).ToHaveCountAsync(50);

        // A filter the server refuses is named, and the lines shown stay.
        await page.EvaluateAsync("() => document.querySelector('#audit-form input[name=action]').removeAttribute('maxlength')");
        await page.FillAsync("#audit-form input[name=action]", new string('x', 65));
        await page.ClickAsync("#audit-form button[type=submit]");
        await Expect(page.Locator("#audit-error")).ToContainTextAsync("action");
        await Expect(rows).ToHaveCountAsync(50);

        await page.ClickAsync("#lang-toggle");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Audit trail — Monitoring Center 110");
        await Expect(first).ToContainTextAsync("Allowed (200)");
        Assert.Empty(await PolicyViolationsAsync(page));
    }

    [Fact]
    public async Task Anyone_but_an_admin_is_told_the_trail_is_not_theirs_and_is_not_offered_it()
    {
        var (page, _) = await OpenAsync("/audit", live: false, role: Roles.Manager, unitId: null);
        await Expect(page.Locator("#refused")).ToBeVisibleAsync();
        await Expect(page.Locator("#trail")).ToBeHiddenAsync();
        // The navigation offers the manager's own pages, and neither the trail nor the administration.
        await Expect(page.Locator("#pages a")).ToHaveTextAsync(["Wall Roops", "Laporan"]);
    }
}
