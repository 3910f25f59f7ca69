using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

public sealed class WallTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Setu = "polsek-setu-tangerang-selatan";
    private static readonly LocatorAssertionsToHaveCountOptions WithinTwoSeconds = new() { Timeout = 2000 };

    [Fact]
    public async Task A_wall_screen_shows_a_cases_caller_number_masked_where_an_operators_wall_shows_it_whole()
    {
        var (screen, _) = await OpenAsync("/", role: "wall");
        var (operatorWall, _) = await OpenAsync("/");

        await Api.RecordAsync(Api.Report(caller: "081234567890"));

        await Expect(screen.Locator("#cases tr[data-case] .where")).ToContainTextAsync("0812****7890", new() { Timeout = 2000 });
        await Expect(operatorWall.Locator("#cases tr[data-case] .where")).ToContainTextAsync("+6281234567890", new() { Timeout = 2000 });
        await Expect(screen.Locator("#cases")).Not.ToContainTextAsync("+6281234567890");
    }

    [Fact]
    public async Task A_call_recorded_at_intake_appears_on_the_wall_and_the_units_console_without_reload()
    {
        var (wall, _) = await OpenAsync("/");
        var (console, _) = await OpenAsync($"/unit/{Setu}");
        var (intake, _) = await OpenAsync("/intake", live: false);

        await intake.FillAsync("input[name=callerNumber]", "081234567890");
        await intake.SelectOptionAsync("select[name=kind]", "report");
        await intake.SelectOptionAsync("select[name=category]", "fire");
        await intake.FillAsync("input[name=latitude]", "-6.34348");
        await intake.FillAsync("input[name=longitude]", "106.66769");
        await intake.FillAsync("textarea[name=summary]", "Rumah terbakar di Setu");
        await intake.ClickAsync("button[type=submit]");
        await Expect(intake.Locator("#routed-unit")).ToHaveTextAsync("Polsek Setu (Tangerang Selatan)");

        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(1, WithinTwoSeconds);
        await Expect(console.Locator("#queue li[data-case]")).ToHaveCountAsync(1, WithinTwoSeconds);
        await Expect(wall.Locator("#count-unacknowledged")).ToHaveTextAsync("1");
        // The caller's history shows the call as soon as the number is known again.
        await Expect(intake.Locator("#history li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Intake_shows_the_apis_validation_messages_by_field()
    {
        var (intake, _) = await OpenAsync("/intake", live: false);
        await intake.FillAsync("input[name=callerNumber]", "08-ABC");
        await intake.SelectOptionAsync("select[name=kind]", "report");
        await intake.ClickAsync("button[type=submit]");
        await Expect(intake.Locator("[data-error-for=callerNumber]")).ToContainTextAsync("6–16 digit");
        await Expect(intake.Locator("[data-error-for=category]")).ToHaveTextAsync("wajib diisi.");
        await Expect(intake.Locator("[data-error-for=location]")).ToHaveTextAsync("wajib diisi.");
    }

    [Fact]
    public async Task Acknowledging_on_the_console_changes_the_case_on_the_wall()
    {
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        var (wall, _) = await OpenAsync("/");
        var (console, _) = await OpenAsync($"/unit/{Setu}");
        var row = wall.Locator($"#cases tr[data-case='{caseId}'] td.state");
        await Expect(row).ToHaveTextAsync("Terbuka");

        await console.ClickAsync($"#queue li[data-case='{caseId}']");
        await console.ClickAsync("button[data-action=acknowledge]");
        await Expect(console.Locator(".state-line")).ToHaveAttributeAsync("data-state", "acknowledged");

        await Expect(row).ToHaveTextAsync("Diterima", new() { Timeout = 2000 });
        await Expect(wall.Locator("#count-unacknowledged")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task Losing_the_hub_connection_shows_the_banner_and_reconnecting_restores_the_list()
    {
        var (wall, _) = await OpenAsync("/");
        var banner = wall.Locator("#connection-banner");
        await Expect(banner).ToBeHiddenAsync();

        // The server goes down: every hub connection dies with it.
        await RestartServerAsync(async () =>
        {
            await Expect(banner).ToBeVisibleAsync(new() { Timeout = 15000 });
            // What the wall still shows may be out of date: dimmed, not hidden.
            await Expect(wall.Locator("body")).ToHaveClassAsync(new Regex(@"\bstale\b"));
        });
        // Recorded on the new server while the wall has not reconnected yet, or just after: the fresh snapshot or a change brings it.
        var caseId = (await Api.RecordAsync(Api.Report())).CaseId!.Value.Value;
        await Expect(banner).ToBeHiddenAsync(new() { Timeout = 15000 });
        await Expect(wall.Locator($"#cases tr[data-case='{caseId}']")).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await Expect(wall.Locator("body")).Not.ToHaveClassAsync(new Regex(@"\bstale\b"));
    }

    [Fact]
    public async Task The_wall_switches_to_English_and_shows_times_in_WIB()
    {
        await Api.RecordAsync(Api.Report());
        var (wall, _) = await OpenAsync("/");
        await Expect(wall.Locator("#cases td.opened").First).ToHaveTextAsync(new Regex(@"^\d\d[.:]\d\d[.:]\d\d WIB$"));
        await wall.ClickAsync("#lang-toggle");
        await Expect(wall.Locator("h1")).ToContainTextAsync("Monitoring Center 110");
        await Expect(wall.Locator("#cases td.state").First).ToHaveTextAsync("Open");
    }

    [Fact]
    public async Task A_screenshot_of_the_wall_with_a_few_dozen_cases_fits_1920x1080()
    {
        var places = new[] { (-6.17094, 106.81882), (-6.12551, 106.90628), (-6.17471, 106.76605), (-6.23147, 106.85152), (-6.31561, 106.90381),
            (-6.1755, 106.61599), (-6.34348, 106.66769), (-6.42703, 106.80159), (-6.23461, 106.96285), (-6.36951, 107.04076), (-6.26794, 107.16203) };
        var categories = new[] { "fire", "accident", "crime", "traffic", "riot", "medical" };
        for (var i = 0; i < 36; i++)
        {
            var (lat, lon) = places[i % places.Length];
            await Api.RecordAsync(Api.Report(caller: $"08120000{i:D4}", latitude: lat + (i % 3) * 0.002, longitude: lon, category: categories[i % categories.Length]));
        }
        var (wall, _) = await OpenAsync("/");
        // As many rows as a wall read from 4 m holds; the rest counted, never silently left out.
        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(10);
        await Expect(wall.Locator("#count-open")).ToHaveTextAsync("36");
        await Expect(wall.Locator("#cases-more")).ToHaveTextAsync("+26 kasus lainnya (lihat konsol unit)");
        Assert.True(await wall.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('#cases .what')).fontSize)") >= 28,
            "the case text is too small for 4 m");
        Assert.True(await wall.EvaluateAsync<bool>("() => document.getElementById('cases-more').getBoundingClientRect().bottom <= window.innerHeight"),
            "the count of the cases left out is below the screen");
        var path = Artifacts.PathFor("wall-1920x1080.png");
        await wall.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.True(await wall.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight"), "the wall scrolls");

        // Cases a few hundred metres apart are one disc with their count at the Polda's zoom, every case in one of them;
        // a click on a disc spreads its cases around it, each a marker of its own that opens the case.
        const string Discs = "() => [...document.querySelectorAll('#map .leaflet-marker-pane .case-cluster span')].map(s => +s.textContent)";
        await Expect(wall.Locator("#map .leaflet-marker-pane .case-marker")).ToHaveCountAsync(0);
        var discs = await wall.EvaluateAsync<int[]>(Discs);
        Assert.InRange(discs.Length, 2, places.Length);
        Assert.Equal(36, discs.Sum());
        await Expect(wall.Locator("#map .leaflet-marker-pane .case-cluster span.P1").First).ToBeVisibleAsync();
        var first = wall.Locator("#map .leaflet-marker-pane .case-cluster").First;
        var inFirst = int.Parse(await first.InnerTextAsync());
        await first.ClickAsync();
        var spread = wall.Locator("#map .leaflet-marker-pane .case-marker");
        await Expect(spread).ToHaveCountAsync(inFirst);
        // Its title read before the click: the panel's case is brought into view, which redraws the markers.
        var picked = (await spread.First.GetAttributeAsync("title"))!;
        await spread.First.ClickAsync();
        await Expect(wall.Locator("#case-panel")).ToContainTextAsync(picked);
    }

    [Fact]
    public async Task The_wall_ranks_by_the_first_target_opens_a_case_in_a_panel_keeps_its_filters_in_the_address_and_fits_a_laptop_and_a_phone()
    {
        const string TangerangSelatan = "polres-tangerang-selatan";
        // Recorded first, but routine; then a P2 acknowledged at once (its deadline of the moment moves on, its first target
        // stays); then a fresh P2. Cases nobody has acknowledged come first, the sooner first target first; by age the
        // routine one would lead, by the deadline of the moment the acknowledged one would not be last.
        var routine = (await Api.RecordAsync(Api.Report(caller: "081200000001", latitude: -6.17094, longitude: 106.81882, category: "traffic"))).CaseId!.Value.Value;
        var acknowledged = (await Api.RecordAsync(Api.Report(caller: "081200000002", category: "crime"))).CaseId!.Value.Value;
        Assert.True((await Api.ActAsync(acknowledged, "acknowledge", new { unitId = TangerangSelatan })).IsSuccessStatusCode);
        var fresh = (await Api.RecordAsync(Api.Report(caller: "081200000003", latitude: -6.31789, longitude: 106.74483, category: "crime"))).CaseId!.Value.Value;

        var (wall, _) = await OpenAsync("/");
        await Expect(wall.Locator($"#cases tr[data-case='{acknowledged}'] td.state")).ToHaveTextAsync("Diterima");
        Assert.Equal([fresh, routine, acknowledged],
            await wall.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#cases tr[data-case]')].map(r => r.dataset.case)"));
        await Expect(wall.Locator($"#cases tr[data-case='{routine}'] .age")).ToHaveTextAsync(new Regex(@"^menunggu \d+:\d\d$"));
        await Expect(wall.Locator("#map-legend")).ToContainTextAsync("P1 darurat");

        // A row opens the case over the list, the map beside it on the place; Esc closes it.
        var panel = wall.Locator("#case-panel");
        await wall.ClickAsync($"#cases tr[data-case='{fresh}']");
        await Expect(panel).ToContainTextAsync(fresh);
        await Expect(panel.Locator(".responsible b")).ToHaveTextAsync("Polsek Ciputat");
        await Expect(panel.Locator(".timeline li")).ToHaveCountAsync(1);
        await Expect(panel.Locator(".timeline li").First).ToContainTextAsync("Dibuka");
        await Expect(wall.Locator($"#map .case-marker.focused[title='{fresh}']")).ToHaveCountAsync(1);
        await Screenshot(wall, "wall-panel-id-1920x1080.png");
        await wall.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        // So does a marker, in the language chosen.
        await wall.ClickAsync("#lang-toggle");
        await wall.ClickAsync($"#map .leaflet-marker-icon[title='{acknowledged}']");
        await Expect(panel.Locator(".timeline li")).ToHaveCountAsync(2);
        await Expect(panel.Locator(".state-line")).ToContainTextAsync("Acknowledged");
        await Expect(wall.Locator($"#cases tr[data-case='{routine}'] .age")).ToHaveTextAsync(new Regex(@"^waiting \d+:\d\d$"));
        await Expect(wall.Locator("#map-legend")).ToContainTextAsync("P1 emergency");
        await Screenshot(wall, "wall-panel-en-1920x1080.png");
        await wall.Keyboard.PressAsync("Escape");

        // A filter chosen is in the address, so a wall screen set up once comes back the same; the counters follow it.
        await wall.SelectOptionAsync("#filter-polres", TangerangSelatan);
        await Expect(wall).ToHaveURLAsync(new Regex($"polres={TangerangSelatan}"));
        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(2);
        await wall.GotoAsync($"/?polres={TangerangSelatan}&priority=P2&state=open&lang=id");
        await wall.WaitForFunctionAsync("() => window.monitoringFeed?.state === 'Connected'");
        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(1);
        await Expect(wall.Locator($"#cases tr[data-case='{fresh}']")).ToHaveCountAsync(1);
        await Expect(wall.Locator("#count-open")).ToHaveTextAsync("1");
        await Expect(wall.Locator("#filter-state")).ToHaveValueAsync("open");
        await wall.GotoAsync("/?priority=P9");
        await wall.WaitForFunctionAsync("() => window.monitoringFeed?.state === 'Connected'");
        await Expect(wall.Locator("#cases tr[data-case]")).ToHaveCountAsync(3);

        // A laptop: the rows and the count below them on the screen, nothing scrolls.
        await wall.SetViewportSizeAsync(1366, 768);
        await Screenshot(wall, "wall-en-1366x768.png");
        Assert.True(await wall.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth"),
            await wall.EvaluateAsync<string>("() => `the wall scrolls at 1366x768: ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`"));
        // A phone: one column that scrolls down, never sideways; the panel over the whole screen.
        await wall.SetViewportSizeAsync(390, 844);
        await Screenshot(wall, "wall-en-390x844.png");
        Assert.True(await wall.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"),
            await wall.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' ')"));
        await wall.ClickAsync($"#cases tr[data-case='{routine}']");
        await Expect(panel).ToContainTextAsync(routine);
        Assert.True(await wall.EvaluateAsync<bool>("() => document.getElementById('case-panel').getBoundingClientRect().width >= innerWidth - 1"),
            "the case panel does not fill a phone's screen");
        await Screenshot(wall, "wall-panel-en-390x844.png");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var path = Artifacts.PathFor(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
