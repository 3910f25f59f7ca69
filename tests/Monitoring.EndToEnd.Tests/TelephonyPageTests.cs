using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The telephony's calls on the pages: the wall's 110 queue with its 10-second rule, and the call that pops on the
/// screen of the desk it rings at.</summary>
public sealed class TelephonyPageTests(BrowserFixture browser) : PageTest(browser)
{
    private static string At(DateTimeOffset at) => Pbx.At(at);

    private Task EventAsync(object step) => new Pbx(Factory.ClientAs("integration")).OkAsync(step);

    [Fact]
    public async Task The_wall_counts_a_ringing_call_up_turns_it_red_with_a_ring_past_10_s_and_lets_it_go_when_answered()
    {
        var (wall, _) = await OpenAsync("/");
        await Expect(wall.Locator("#call-queue")).ToBeHiddenAsync();
        await wall.ClickAsync("#sound-prompt");

        // One call rang 3 s ago, another 11 s ago and has climbed a level since.
        await EventAsync(new { callId = "wall-1", @event = "offered", at = At(DateTimeOffset.UtcNow.AddSeconds(-3)), callerNumber = "081277001001",
            location = new { latitude = -6.17094, longitude = 106.81882, radiusMeters = 1000, source = "cell" } });
        await EventAsync(new { callId = "wall-2", @event = "offered", at = At(DateTimeOffset.UtcNow.AddSeconds(-11)), callerNumber = "081277001002" });
        var queue = wall.Locator("#call-queue");
        await Expect(queue.Locator("li[data-call]")).ToHaveCountAsync(2);
        await Expect(wall.Locator("#calls-waiting")).ToHaveTextAsync("2");
        // The longest first, red past the 10 s; an operator reads the number whole (the wall's own account, masked).
        var late = queue.Locator("li[data-call='wall-2']");
        await Expect(queue.Locator("li[data-call]").First).ToHaveAttributeAsync("data-call", "wall-2");
        await Expect(late).ToHaveClassAsync("late");
        await Expect(late.Locator(".number")).ToHaveTextAsync("+6281277001002");
        await Expect(late.Locator(".moved")).ToHaveTextAsync("▲1");
        await wall.WaitForFunctionAsync("() => (window.alarmTones?.callWaiting ?? 0) >= 1");
        var early = queue.Locator("li[data-call='wall-1']");
        await Expect(early.Locator(".at")).ToContainTextAsync("Polsek Gambir");
        // It counts up: amber from 5 s, red from 10 s, with its own ring.
        await Expect(early).ToHaveClassAsync("warn", new() { Timeout = 5000 });
        await Expect(early.Locator(".ring")).ToHaveTextAsync(new Regex(@"^0:0[5-9]$"));
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-call-queue-id-1920x1080.png") });
        await Expect(early).ToHaveClassAsync("late", new() { Timeout = 10000 });
        await wall.WaitForFunctionAsync("() => (window.alarmTones?.callWaiting ?? 0) >= 2");

        // Answered, then abandoned: both leave the queue; the line today counts them.
        await EventAsync(new { callId = "wall-1", @event = "answered", at = At(DateTimeOffset.UtcNow), agentId = "ext-201" });
        await EventAsync(new { callId = "wall-2", @event = "abandoned", at = At(DateTimeOffset.UtcNow) });
        await Expect(queue.Locator("li[data-call]")).ToHaveCountAsync(0);
        await Expect(queue.Locator(".today")).ToContainTextAsync("putus", new() { Timeout = 20000 });
        await Expect(queue.Locator(".today")).ToContainTextAsync("1 putus", new() { Timeout = 20000 });
        await wall.Locator("#lang-toggle").ClickAsync();
        await Expect(queue.Locator("h2")).ToContainTextAsync("110 QUEUE");
    }

    [Fact]
    public async Task A_call_ringing_at_the_desk_pops_its_number_record_and_cell_and_one_key_records_it_as_the_calls_prank()
    {
        var (intake, _) = await OpenAsync("/intake", live: false, role: "calltaker");
        await intake.FillAsync("#agent-id", "ext-207");
        await intake.Locator("#agent-id").PressAsync("Tab");
        await Expect(intake.Locator("#call-card")).ToHaveAttributeAsync("data-joined", "ext-207");
        // A desk's extension is kept for the next time the page opens; a hostile one is refused before it is sent.
        Assert.Equal("ext-207", await intake.EvaluateAsync<string>("() => localStorage.getItem('agentId')"));

        await EventAsync(new
        {
            callId = "desk-1", @event = "offered", at = At(DateTimeOffset.UtcNow), callerNumber = "081277002001", agentId = "ext-207",
            location = new { latitude = -6.34348, longitude = 106.66769, radiusMeters = 800, source = "cell" },
        });
        var card = intake.Locator("#call-card");
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Expect(card).ToHaveClassAsync(new Regex("ringing"));
        await Expect(card.Locator(".number")).ToHaveTextAsync("+6281277002001");
        await Expect(card).ToContainTextAsync("lokasi jaringan (sel) ±800 m");
        await Expect(intake.Locator("input[name=callerNumber]")).ToHaveValueAsync("+6281277002001");
        await Expect(intake.Locator("input[name=latitude]")).ToHaveValueAsync("-6.34348");
        await Expect(intake.Locator("#location-origin")).ToHaveTextAsync("lokasi jaringan (sel)");
        await Expect(intake.Locator("#routing")).ToContainTextAsync("Polsek Setu");
        await intake.ScreenshotAsync(new() { Path = Artifacts.PathFor("intake-screen-pop-id-1920x1080.png") });

        // The taker's own place wins: a click on the map is the caller's words, and a later position never moves it.
        await intake.FillAsync("input[name=latitude]", "-6.30000");
        await Expect(intake.Locator("#location-origin")).ToHaveTextAsync("dari ucapan penelepon");
        await EventAsync(new { callId = "desk-1", @event = "answered", at = At(DateTimeOffset.UtcNow), agentId = "ext-207" });
        await Expect(card).ToHaveClassAsync(new Regex("answered"));
        await Expect(intake.Locator("input[name=latitude]")).ToHaveValueAsync("-6.30000");

        // One key: a prank, recorded as the call's one interaction with the telephony's ring and answer.
        await intake.Locator("input[name=callerNumber]").PressAsync("Alt+i");
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync("Iseng");
        await Expect(card).ToBeHiddenAsync();
        using var call = await Factory.ClientAs("integration").PostAsJsonAsync("/api/telephony/events",
            new { callId = "desk-1", @event = "ended", at = At(DateTimeOffset.UtcNow) });
        var ended = await call.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var history = await Eventually.Until(() => Api.HistoryAsync("081277002001"), h => h.Count == 1);
        Assert.Equal(ended.GetProperty("interactionId").GetString(), history[0].Interaction.Id.Value);
        Assert.Equal("prank", Monitoring.Domain.DomainJson.Name(history[0].Interaction.Kind));
        Assert.NotNull(history[0].Interaction.AnsweredAt);
    }
}
