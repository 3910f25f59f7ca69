using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class EscalationAlarmTests(BrowserFixture browser) : PageTest(browser, new Dictionary<string, string?>
{
    ["Monitoring:Sla:P1:Acknowledge"] = "00:00:02",
})
{
    private static Task<int> TonesAsync(IPage page, string tone) => page.EvaluateAsync<int>($"() => window.alarmTones?.{tone} ?? 0");

    [Fact]
    public async Task An_unacknowledged_case_sounds_the_alarm_and_stays_on_the_alarm_list_until_an_operator_acknowledges_it()
    {
        var (wall, _) = await OpenAsync("/");
        // Nobody has touched this wall yet: the browser keeps its sound off until the prompt is clicked.
        var prompt = wall.Locator("#sound-prompt");
        Assert.Equal("suspended", await wall.Locator("body").GetAttributeAsync("data-sound"));
        await Expect(prompt).ToBeVisibleAsync();
        await Expect(prompt).ToContainTextAsync("Aktifkan suara");
        await prompt.ClickAsync();
        await Expect(wall.Locator("body")).ToHaveAttributeAsync("data-sound", "running");
        await Expect(prompt).ToBeHiddenAsync();
        // Measured once today's counters are in: their figures arriving would move the list by a line's rounding.
        await Expect(wall.Locator("#today .kind").First).ToBeVisibleAsync();
        var listTop = (await wall.Locator("table.cases").BoundingBoxAsync())!.Y;

        // An urgent case recorded first, then the P1 fire nobody will acknowledge.
        var other = (await Api.RecordAsync(Api.Report(caller: "081200000009", latitude: -6.17094, longitude: 106.81882, category: "crime"))).CaseId!.Value.Value;
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        await wall.WaitForFunctionAsync("() => (window.alarmTones?.newP1 ?? 0) >= 1");
        var banner = wall.Locator("#alarm.visible.escalation");
        await Expect(banner).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Expect(banner).ToContainTextAsync("Kebakaran");
        await Expect(banner).ToContainTextAsync("Jl. Raya Setu");
        await Expect(banner).ToContainTextAsync("Polres Tangerang Selatan");
        Assert.True(await TonesAsync(wall, "escalation") >= 1);
        // The banner lies over the page: the case list has not moved.
        Assert.Equal(listTop, (await wall.Locator("table.cases").BoundingBoxAsync())!.Y);
        await Expect(wall.Locator($"#cases tr.escalated[data-case='{caseId}']")).ToHaveCountAsync(1);
        await Expect(wall.Locator("#count-escalated")).ToHaveTextAsync("1");
        // The escalated case leads the list with its badge and level, above the case recorded before it.
        await Expect(wall.Locator($"#cases tr[data-case='{caseId}'] .badge")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Eskalasi ▲[1-4]"));
        Assert.Equal([caseId, other], await wall.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#cases tr[data-case]')].map(r => r.dataset.case)"));

        // Repeated alarms of the case fold into one entry with their count.
        var entry = wall.Locator($"#alarms [data-alarm-case='{caseId}']");
        await Expect(entry.Locator(".count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("×[2-9]"), new() { Timeout = 15000 });
        await Expect(wall.Locator("#alarms li")).ToHaveCountAsync(1);

        // The case acknowledged stops climbing, but its alarms wait for the room: after a reload too, rebuilt from the cases.
        var ack = await Api.ActAsync(caseId, "acknowledge", new { unitId = "mabes" });
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());
        await wall.ReloadAsync();
        await wall.WaitForFunctionAsync("() => window.monitoringFeed?.state === 'Connected'");
        await Expect(entry).ToBeVisibleAsync();
        await Expect(entry).ToContainTextAsync("Kebakaran · Jl. Raya Setu");
        // Mute is remembered by the browser, so a reloaded wall stays as the room left it.
        var mute = wall.Locator("#sound-controls [data-sound=mute]");
        await Expect(mute).ToHaveTextAsync("Suara: nyala");
        await mute.ClickAsync();
        await Expect(mute).ToHaveTextAsync("Suara: bisu");
        Assert.Equal("1", await wall.EvaluateAsync<string>("() => localStorage.getItem('alarm.muted')"));

        // The wall's display account sees the list and nothing to press.
        var (display, _) = await OpenAsync("/", role: "wall");
        await Expect(display.Locator($"#alarms [data-alarm-case='{caseId}']")).ToBeVisibleAsync();
        await Expect(display.Locator("#alarms button")).ToHaveCountAsync(0);

        await entry.Locator("button").ClickAsync();
        await Expect(entry).ToHaveCountAsync(0);
        await Expect(wall.Locator("#alarm-list")).ToBeHiddenAsync();
        await Expect(display.Locator($"#alarms [data-alarm-case='{caseId}']")).ToHaveCountAsync(0);
        var timeline = (await Api.CaseAsync(caseId)).Timeline;
        Assert.Equal("operator", Assert.Single(timeline, t => t.Type == "alarmAcked").OfficerRole);
    }
}
