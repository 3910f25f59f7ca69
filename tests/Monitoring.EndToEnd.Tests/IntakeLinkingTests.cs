using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>One incident, one case: the call taker sees the open case a second caller speaks of, links the call to it with
/// one click, and the operations room sees one marker counting both callers.</summary>
public sealed class IntakeLinkingTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Longitude = "106.66769";
    /// <summary>The index of open cases hears of a case from the wall's feed, a moment after it opens.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 5000 };

    [Fact]
    public async Task A_second_fire_report_100_m_away_offers_the_first_case_links_to_it_with_one_click_and_the_wall_shows_one_marker_with_two_callers()
    {
        var (wall, _) = await OpenAsync("/");
        var (intake, _) = await OpenAsync("/intake", live: false, role: "calltaker");

        await FillFireAsync(intake, "081211120001", "-6.34348", "Gudang terbakar di Setu");
        // The categories are said in the page's language; their values stay the API's names.
        await Expect(intake.Locator("select[name=category] option[value=fire]")).ToHaveTextAsync("Kebakaran");
        await Expect(intake.Locator("#candidates")).ToBeHiddenAsync();
        await intake.ClickAsync("button[type=submit]");
        await Expect(intake.Locator("#routed-unit")).ToHaveTextAsync("Polsek Setu (Tangerang Selatan)");
        var first = Regex.Match(await intake.Locator("#outcome").InnerTextAsync(), @"K-\d{6}-[0-9A-Z]+").Value;
        Assert.NotEmpty(first);

        // Another number, about 100 m north: the first case is offered as the same incident, on the list and on the map.
        await FillFireAsync(intake, "081211120002", "-6.34258", "Asap tebal dekat gudang");
        var candidate = intake.Locator($"#candidates li[data-case='{first}']");
        await Expect(candidate).ToBeVisibleAsync(Soon);
        await Expect(intake.Locator("#candidates h3")).ToHaveTextAsync("Mungkin kejadian yang sama:");
        await Expect(candidate.Locator("span")).ToHaveTextAsync(new Regex($@"^{first} · (9\d|10\d|110) m · (baru saja|\d+ menit lalu) · 1 penelepon · Kebakaran$"));
        await Expect(candidate.Locator("button")).ToContainTextAsync("Alt+T");
        // The map comes to the call's point and its candidate, near enough to tell the streets.
        await Expect(intake.Locator($"#map .candidate-marker[title='{first}']")).ToBeInViewportAsync();
        await Expect(intake.Locator($"#map .candidate-marker[title='{first}']")).ToHaveCountAsync(1);

        // The key picks the nearest and another undoes it; the choice is shown until then.
        var choice = intake.Locator("#link-choice");
        await intake.Locator("textarea[name=summary]").PressAsync("Alt+t");
        await Expect(choice.Locator("#linking-case")).ToHaveTextAsync(first);
        await Expect(intake.Locator($"#map .candidate-marker.chosen[title='{first}']")).ToHaveCountAsync(1);
        await intake.Locator("textarea[name=summary]").PressAsync("Alt+u");
        await Expect(choice).ToBeHiddenAsync();

        // A choice left behind by a move of the place is dropped, not sent: the call would join a case nobody offered.
        await candidate.Locator("button").ClickAsync();
        await Expect(choice).ToBeVisibleAsync();
        await intake.FillAsync("input[name=latitude]", "-6.20000");
        await Expect(intake.Locator("#candidates")).ToBeHiddenAsync(new() { Timeout = 5000 });
        await Expect(choice).ToBeHiddenAsync();
        await intake.FillAsync("input[name=latitude]", "-6.34258");
        await Expect(candidate).ToBeVisibleAsync(Soon);

        // One click links it; the screen shows which case the call will join.
        await candidate.Locator("button").ClickAsync();
        await Expect(choice).ToContainTextAsync($"Panggilan ini akan ditautkan ke {first}");
        await intake.ScreenshotAsync(new() { Path = Artifacts.PathFor("intake-link-candidates-id-1920x1080.png") });
        await intake.ClickAsync("button[type=submit]");
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync($"Ditautkan ke {first} (2 penelepon)");
        // The next call starts clean: no candidates, no choice, no squares on the map.
        await Expect(intake.Locator("#candidates")).ToBeHiddenAsync();
        await Expect(choice).ToBeHiddenAsync();
        await Expect(intake.Locator("#map .candidate-marker")).ToHaveCountAsync(0);
        await intake.Locator("#lang-toggle").ClickAsync();
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync($"Linked to {first} (2 callers)");

        var linked = await Api.CaseAsync(first);
        Assert.Equal(2, linked.Callers);
        Assert.Contains(linked.Timeline, e => e.Type == "linked");

        // The wall: one case, one marker counting both callers, in the list and in the case's panel too.
        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(1);
        await Expect(wall.Locator($"#cases tr[data-case='{first}'] .badge.callers")).ToHaveTextAsync("2 penelepon", new() { Timeout = 5000 });
        await Expect(wall.Locator("#map .leaflet-marker-pane .case-marker")).ToHaveCountAsync(1);
        await Expect(wall.Locator($"#map .case-marker[title='{first}'] b.callers")).ToHaveTextAsync("2");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-linked-list-id-1920x1080.png") });
        await wall.ClickAsync($"#map .leaflet-marker-icon[title='{first}']");
        await Expect(wall.Locator("#case-panel .caller")).ToContainTextAsync("2 penelepon");
        await wall.ScreenshotAsync(new() { Path = Artifacts.PathFor("wall-linked-two-callers-id-1920x1080.png") });
    }

    private static async Task FillFireAsync(IPage intake, string number, string latitude, string summary)
    {
        await intake.FillAsync("input[name=callerNumber]", number);
        await intake.SelectOptionAsync("select[name=kind]", "report");
        await intake.SelectOptionAsync("select[name=category]", "fire");
        await intake.FillAsync("input[name=latitude]", latitude);
        await intake.FillAsync("input[name=longitude]", Longitude);
        await intake.FillAsync("textarea[name=summary]", summary);
    }
}
