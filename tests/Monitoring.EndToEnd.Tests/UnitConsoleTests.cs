using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The unit console as the officers of a Polsek and the Roops of a Polres use it.</summary>
public sealed class UnitConsoleTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Setu = "polsek-setu-tangerang-selatan";
    private const string Polres = "polres-tangerang-selatan";

    [Fact]
    public async Task An_officer_is_offered_only_the_next_step_keeps_what_they_type_and_cancels_only_with_a_reason_a_note_and_a_yes()
    {
        var caseId = (await Api.RecordAsync(Api.Report(category: "traffic"))).CaseId!.Value.Value;
        var (console, _) = await OpenAsync($"/unit/{Setu}", role: "officer", unitId: Setu);
        var shown = console.Locator(".actions button:visible");

        await console.ClickAsync($"#queue li[data-case='{caseId}']");
        await Expect(shown).ToHaveTextAsync(["Terima", "Batalkan…"]);
        await Expect(console.Locator("button.primary")).ToHaveTextAsync("Terima");
        await console.ClickAsync("button[data-action=acknowledge]");
        await Expect(shown).ToHaveTextAsync(["Kirim patroli", "Batalkan…"]);
        await Expect(console.Locator("button.primary")).ToHaveAttributeAsync("data-action", "dispatch");

        // Half a patrol name typed while the queue ticks and another case arrives: the text, the focus and the row stay.
        await console.FillAsync("#patrol", "R2-0");
        await console.EvaluateAsync($"() => document.querySelector(\"#queue li[data-case='{caseId}']\").dataset.mark = 'same'");
        var clock = await console.TextContentAsync("#clock");
        await Api.RecordAsync(Api.Report(caller: "081298765432", category: "traffic"));
        await Expect(console.Locator("#queue li[data-case]")).ToHaveCountAsync(2);
        await Expect(console.Locator("#clock")).Not.ToHaveTextAsync(clock ?? "");
        await Expect(console.Locator("#patrol")).ToHaveValueAsync("R2-0");
        await Expect(console.Locator("#patrol")).ToBeFocusedAsync();
        await Expect(console.Locator($"#queue li[data-case='{caseId}']")).ToHaveAttributeAsync("data-mark", "same");

        // Cancel: nothing preset, nothing sent until a reason is chosen, a note written and the yes clicked.
        await console.ClickAsync("button[data-action=cancel]");
        var dialog = console.Locator("#cancel-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(console.Locator("#cancel-reason")).ToHaveValueAsync("");
        await console.ClickAsync("#cancel-confirm");
        await Expect(console.Locator("#cancel-error")).ToHaveTextAsync("Pilih alasan pembatalan.");
        await console.SelectOptionAsync("#cancel-reason", "duplicate");
        await console.ClickAsync("#cancel-confirm");
        await Expect(console.Locator("#cancel-error")).ToHaveTextAsync("Tulis catatan pembatalan.");
        Assert.Equal(Monitoring.Domain.Cases.CaseState.Acknowledged, (await Api.CaseAsync(caseId)).State);
        await console.FillAsync("#cancel-note", "Sudah dilaporkan di kasus lain");
        await console.ClickAsync("#cancel-confirm");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(console.Locator(".state-line")).ToHaveAttributeAsync("data-state", "cancelled");
        await Expect(shown).ToHaveCountAsync(0);
        await Expect(console.Locator(".timeline li b")).ToHaveTextAsync(["Dibuka", "Diterima", "Dibatalkan"]);

        await console.ClickAsync("#lang-toggle");
        await Expect(console.Locator(".timeline li b")).ToHaveTextAsync(["Opened", "Acknowledged", "Cancelled"]);
    }

    [Fact]
    public async Task Unit_picker_unknown_and_refused_units_a_polres_queue_and_a_wall_screen_that_takes_no_actions()
    {
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;

        var (officer, _) = await OpenAsync("/unit", role: "officer", unitId: Setu);
        await Expect(officer).ToHaveURLAsync(new Uri(BaseAddress, $"/unit/{Setu}").ToString());

        var (picker, _) = await OpenAsync("/unit", live: false, role: "operator", unitId: Polres);
        await Expect(picker.Locator("#picker-list li.mine a")).ToHaveAttributeAsync("href", $"/unit/{Polres}");
        await Expect(picker.Locator($"#picker-list a[href='/unit/{Setu}']")).ToHaveCountAsync(1);
        await Expect(picker.Locator("#picker-list a[href='/unit/polsek-gambir']")).ToHaveCountAsync(0);
        await Expect(picker.Locator("#console")).ToBeHiddenAsync();

        var (unknown, _) = await OpenAsync("/unit/polsek-atlantis", live: false, role: "operator", unitId: "mabes");
        await Expect(unknown.Locator("#console-problem")).ToHaveTextAsync("Unit ini tidak dikenal: polsek-atlantis");
        var (refused, _) = await OpenAsync("/unit/polsek-gambir", live: false, role: "officer", unitId: Setu);
        await Expect(refused.Locator("#console-problem")).ToContainTextAsync("Anda tidak berhak membuka konsol unit ini");
        await Expect(refused.Locator("#connection-banner")).ToBeHiddenAsync();
        await Expect(refused.Locator("#console")).ToBeHiddenAsync();

        // The Polres sees its Polsek's case as the Polsek's until it escalates to it.
        var (roops, _) = await OpenAsync($"/unit/{Polres}", role: "operator", unitId: Polres);
        await Expect(roops.Locator($"#queue li[data-case='{caseId}'] .relation")).ToHaveTextAsync("Wilayah Polsek Setu (Tangerang Selatan)");
        var rows = roops.Locator("#queue li[data-case]");
        await roops.FillAsync("#filter-search", "0812-3456");
        await Expect(rows).ToHaveCountAsync(1);
        await roops.FillAsync("#filter-search", "0899");
        await Expect(rows).ToHaveCountAsync(0);
        await roops.FillAsync("#filter-search", caseId[^4..]);
        await Expect(rows).ToHaveCountAsync(1);
        await roops.SelectOptionAsync("#filter-unit", "polsek-pamulang");
        await Expect(rows).ToHaveCountAsync(0);
        await roops.SelectOptionAsync("#filter-unit", Setu);
        await roops.SelectOptionAsync("#filter-state", "acknowledged");
        await Expect(rows).ToHaveCountAsync(0);
        await roops.SelectOptionAsync("#filter-state", "open");
        await Expect(rows).ToHaveCountAsync(1);

        var (wall, _) = await OpenAsync($"/unit/{Setu}", role: "wall", unitId: "polda-metro-jaya");
        await wall.ClickAsync($"#queue li[data-case='{caseId}']");
        await Expect(wall.Locator(".state-line")).ToHaveAttributeAsync("data-state", "open");
        await Expect(wall.Locator(".actions button:visible")).ToHaveCountAsync(0);
    }
}
