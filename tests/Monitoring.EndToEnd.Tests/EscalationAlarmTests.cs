using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class EscalationAlarmTests(BrowserFixture browser) : PageTest(browser, new Dictionary<string, string?>
{
    ["Monitoring:Sla:P1:Acknowledge"] = "00:00:02",
})
{
    [Fact]
    public async Task An_unacknowledged_case_raises_the_escalation_alarm_on_the_wall()
    {
        var (wall, _) = await OpenAsync("/");
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        var alarm = wall.Locator("#alarm.visible.escalation");
        await Expect(alarm).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Expect(alarm).ToContainTextAsync(caseId);
        await Expect(alarm).ToContainTextAsync("Polres Tangerang Selatan");
        await Expect(wall.Locator($"#cases tr.escalated[data-case='{caseId}']")).ToHaveCountAsync(1);
        await Expect(wall.Locator("#count-escalated")).ToHaveTextAsync("1");
    }
}
