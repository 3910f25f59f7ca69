using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The unit console as the officers of a Polsek and the Roops of a Polres use it.</summary>
public sealed class UnitConsoleTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Setu = "polsek-setu-tangerang-selatan";
    private const string Polres = "polres-tangerang-selatan";
    private const string Pamulang = "polsek-pamulang";

    [Fact]
    public async Task An_officer_is_offered_only_the_next_step_keeps_what_they_type_and_cancels_only_with_a_reason_a_note_and_a_yes()
    {
        var caseId = (await Api.RecordAsync(Api.Report(category: "traffic"))).CaseId!.Value.Value;
        var (console, _) = await OpenAsync($"/unit/{Setu}", role: "officer", unitId: Setu);
        // The console sounds its unit's alarms too: on a page nobody has clicked yet, it asks for the click sound needs.
        await Expect(console.Locator("#sound-prompt")).ToHaveTextAsync("Aktifkan suara alarm");
        await console.ClickAsync("#sound-prompt");
        await Expect(console.Locator("body")).ToHaveAttributeAsync("data-sound", "running");
        await Expect(console.Locator("#sound-prompt")).ToBeHiddenAsync();
        await Expect(console.Locator("#sound-controls [data-sound=mute]")).ToHaveTextAsync("Suara: nyala");
        var shown = console.Locator(".actions button:visible");

        await console.ClickAsync($"#queue li[data-case='{caseId}']");
        // A Polsek has nobody below it to hand a case to: it is not offered the handover.
        await Expect(shown).ToHaveTextAsync(["Terima", "Batalkan…", "Tambah catatan"]);
        await Expect(console.Locator("button.primary")).ToHaveTextAsync("Terima");
        await console.ClickAsync("button[data-action=acknowledge]");
        await Expect(shown).ToHaveTextAsync(["Kirim patroli", "Batalkan…", "Tambah catatan"]);
        await console.FillAsync("#note-text", "Pelapor menelepon lagi");
        await console.ClickAsync("button[data-action=note]");
        await Expect(console.Locator(".timeline li[data-type=noted]")).ToContainTextAsync("Pelapor menelepon lagi");
        await Expect(console.Locator("#note-text")).ToHaveValueAsync("");
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
        await Expect(console.Locator(".timeline li b")).ToHaveTextAsync(["Dibuka", "Diterima", "Catatan", "Dibatalkan"]);
        await Expect(console.Locator(".timeline li[data-type=cancelled]")).ToContainTextAsync("Duplikat — Sudah dilaporkan di kasus lain");

        // Times in WIB, with the month and the clock as the language writes them (id-ID "03 Des, 14.05.09", en-GB "03 Dec, 14:05:09").
        var firstTime = console.Locator(".timeline li time").First;
        await Expect(firstTime).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            @"^\d{2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des),? \d{2}\.\d{2}\.\d{2} WIB$"));

        await console.ClickAsync("#lang-toggle");
        await Expect(console.Locator(".timeline li b")).ToHaveTextAsync(["Opened", "Acknowledged", "Note", "Cancelled"]);
        await Expect(firstTime).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(
            @"^\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec),? \d{2}:\d{2}:\d{2} WIB$"));
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
        await Expect(picker.Locator("#sound-controls")).ToBeHiddenAsync();

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

        // Pamulang's officers keep a patrol board.
        var (pamulang, _) = await OpenAsync($"/unit/{Pamulang}", role: "officer", unitId: Pamulang);
        await Expect(pamulang.Locator("#patrol-empty")).ToBeVisibleAsync();
        foreach (var name in new[] { "R2-07", "R2-08" })
        {
            await pamulang.FillAsync("#patrol-name", name);
            await pamulang.ClickAsync("#patrol-add");
            await Expect(pamulang.Locator($"#patrol-list li[data-patrol='{name}']")).ToHaveCountAsync(1);
        }
        await Expect(pamulang.Locator("#patrol-list li .patrol-status")).ToHaveTextAsync(["Siaga", "Siaga"]);
        await Expect(pamulang.Locator("#patrol-empty")).ToBeHiddenAsync();

        // The Polres's room hands Setu's case to Pamulang: a unit and a reason, then the yes.
        await roops.FillAsync("#filter-search", "");
        await roops.ClickAsync($"#queue li[data-case='{caseId}']");
        await roops.ClickAsync("button[data-action=reassign]");
        await Expect(roops.Locator($"#reassign-unit option[value='{Setu}']")).ToHaveCountAsync(0);
        await roops.ClickAsync("#reassign-confirm");
        await Expect(roops.Locator("#reassign-error")).ToHaveTextAsync("Pilih unit tujuan.");
        await roops.SelectOptionAsync("#reassign-unit", Pamulang);
        await roops.ClickAsync("#reassign-confirm");
        await Expect(roops.Locator("#reassign-error")).ToHaveTextAsync("Tulis alasan penyerahan.");
        await roops.FillAsync("#reassign-reason", "Lokasi masuk wilayah Pamulang");
        await roops.ClickAsync("#reassign-confirm");
        await Expect(roops.Locator("#reassign-dialog")).ToBeHiddenAsync();
        await Expect(roops.Locator(".timeline li[data-type=reassigned]")).ToContainTextAsync("Diserahkan");
        await Expect(roops.Locator(".timeline li[data-type=reassigned]")).ToContainTextAsync("Lokasi masuk wilayah Pamulang");

        // It leaves Setu's console and arrives on Pamulang's, whose dispatch picks a free patrol of the board.
        await Expect(officer.Locator($"#queue li[data-case='{caseId}']")).ToHaveCountAsync(0);
        await pamulang.ClickAsync($"#queue li[data-case='{caseId}']");
        await pamulang.ClickAsync("button[data-action=acknowledge]");
        await Expect(pamulang.Locator("#patrol")).ToBeHiddenAsync();
        await pamulang.ClickAsync("button[data-action=dispatch]");
        await Expect(pamulang.Locator("#action-error")).ToHaveTextAsync("Pilih patroli.");
        await pamulang.SelectOptionAsync("#patrol-pick", "R2-07");
        await pamulang.ClickAsync("button[data-action=dispatch]");
        await Expect(pamulang.Locator("#patrol-list li[data-patrol='R2-07'] .patrol-status")).ToHaveTextAsync("Dikirim");
        await Expect(pamulang.Locator("#patrol-pick option:not([value=''])")).ToHaveTextAsync(["R2-08"]);
        await pamulang.ScreenshotAsync(new() { Path = Artifacts.PathFor("unit-console-id-1920x1080.png") });
        await pamulang.ClickAsync("#lang-toggle");
        await Expect(pamulang.Locator(".timeline li b")).ToHaveTextAsync(["Opened", "Handed over", "Acknowledged", "Patrol dispatched"]);
        await Expect(pamulang.Locator("#patrol-list li[data-patrol='R2-07'] .patrol-status")).ToHaveTextAsync("Dispatched");
        await pamulang.ScreenshotAsync(new() { Path = Artifacts.PathFor("unit-console-en-1920x1080.png") });

        var (wall, _) = await OpenAsync($"/unit/{Pamulang}", role: "wall", unitId: "polda-metro-jaya");
        await wall.ClickAsync($"#queue li[data-case='{caseId}']");
        await Expect(wall.Locator(".state-line")).ToHaveAttributeAsync("data-state", "dispatched");
        await Expect(wall.Locator(".actions button:visible")).ToHaveCountAsync(0);
        await Expect(wall.Locator("#patrol-list li")).ToHaveCountAsync(2);
        await Expect(wall.Locator("#patrol-form")).ToBeHiddenAsync();
        await Expect(wall.Locator("#patrol-list button:visible")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_rooms_operator_takes_a_linked_call_out_and_merges_it_back_reading_the_links_on_the_timeline()
    {
        var first = (await Api.RecordAsync(Api.Report(caller: "081200000071"))).CaseId!.Value.Value;
        var linked = await Api.RecordAsync(new
        {
            callerNumber = "081200000072", kind = "report", category = "fire", linkToCaseId = first,
            location = new { latitude = -6.34300, longitude = 106.66769, address = "Jl. Raya Setu" }, summary = "Asap dari gudang",
        });
        Assert.Equal(first, linked.CaseId!.Value.Value);

        // An officer reads the link and the callers, and is offered neither the unlink nor the merge.
        var (setu, _) = await OpenAsync($"/unit/{Setu}", role: "officer", unitId: Setu);
        await setu.ClickAsync($"#queue li[data-case='{first}']");
        await Expect(setu.Locator("[data-part=callers]")).ToHaveTextAsync("2 penelepon");
        await Expect(setu.Locator(".timeline li[data-type=linked]")).ToContainTextAsync("Panggilan tertaut");
        await Expect(setu.Locator(".timeline button.unlink")).ToHaveCountAsync(0);
        await Expect(setu.Locator("[data-group=merge]")).ToBeHiddenAsync();

        var (roops, _) = await OpenAsync($"/unit/{Polres}", role: "operator", unitId: Polres);
        // The sound prompt stands over the lower page until it is answered, as in the room.
        await roops.ClickAsync("#sound-prompt");
        await roops.ClickAsync($"#queue li[data-case='{first}']");
        await roops.ClickAsync(".timeline li[data-type=linked] button.unlink");
        await Expect(roops.Locator(".timeline li[data-type=unlinked]")).ToContainTextAsync("1 penelepon");
        await Expect(roops.Locator("#queue li[data-case]")).ToHaveCountAsync(2);
        // The caller's history is the read model's, which follows the journal by a moment.
        var moved = await Eventually.Until(() => Api.HistoryAsync("081200000072"), h => h.Count == 1 && h[0].CaseId?.Value != first,
            what: "the unlinked call's history entry moved to its own case");
        var split = moved.Single().CaseId!.Value.Value;
        Assert.NotEqual(first, split);

        // The merge needs the case and a reason; then the split case closes into the first, which has both callers again.
        await roops.ClickAsync($"#queue li[data-case='{split}']");
        await roops.ClickAsync("button[data-action=merge]");
        await Expect(roops.Locator("#action-error")).ToHaveTextAsync("Tulis nomor kasus tujuan dan alasannya.");
        await roops.FillAsync("#merge-into", first);
        await roops.FillAsync("#merge-reason", "Gudang yang sama");
        await roops.ClickAsync("button[data-action=merge]");
        await Expect(roops.Locator("#queue li[data-case]")).ToHaveCountAsync(1);
        Assert.Equal(Monitoring.Domain.Cases.CaseState.Merged, (await Api.CaseAsync(split)).State);
        await roops.ClickAsync($"#queue li[data-case='{first}']");
        await Expect(roops.Locator("[data-part=callers]")).ToHaveTextAsync("2 penelepon");
        await Expect(roops.Locator(".timeline li[data-type=joined]")).ToContainTextAsync(split);
        await roops.ScreenshotAsync(new() { Path = Artifacts.PathFor("unit-console-merged-1920x1080.png") });
    }
}
