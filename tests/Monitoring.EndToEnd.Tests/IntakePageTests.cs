using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Monitoring.Testing;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>The intake as a call taker uses it with the caller on the line: keys, not clicks, and one call one interaction.</summary>
public sealed class IntakePageTests(BrowserFixture browser) : PageTest(browser)
{
    private const string Caller = "081211110001";

    [Fact]
    public async Task A_prank_takes_one_key_and_a_double_clicked_report_records_once_with_its_answer_time()
    {
        var (intake, _) = await OpenAsync("/intake", live: false, role: "calltaker");
        var posts = new ConcurrentQueue<string>();
        intake.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/interactions", StringComparison.Ordinal))
                posts.Enqueue(request.Headers.GetValueOrDefault("idempotency-key") ?? "");
        };
        var number = intake.Locator("input[name=callerNumber]");
        await Expect(intake.Locator("button[data-kind=prank]")).ToContainTextAsync("Alt+I");

        // Enter in the number field sends nothing; Alt+I records the prank with the number alone and readies the next call.
        await number.FillAsync(Caller);
        await number.PressAsync("Enter");
        await number.PressAsync("Alt+i");
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync("Iseng");
        await Expect(number).ToHaveValueAsync("");
        await Expect(number).ToBeFocusedAsync();
        await Expect(intake.Locator("#history li")).ToHaveCountAsync(1);
        await Expect(intake.Locator("#history li")).ToContainTextAsync("Iseng");
        Assert.Single(posts);

        // Alt+digit reaches a field; Enter in a half-filled report sends nothing; a double click records one case.
        await number.FillAsync(Caller);
        await number.PressAsync("Alt+4");
        await Expect(intake.Locator("select[name=category]")).ToBeFocusedAsync();
        await intake.SelectOptionAsync("select[name=kind]", "report");
        await intake.SelectOptionAsync("select[name=category]", "fire");
        await intake.FillAsync("input[name=latitude]", "-6.34348");
        await intake.FillAsync("input[name=longitude]", "106.66769");
        await intake.Locator("input[name=longitude]").PressAsync("Enter");
        Assert.Single(posts);
        await intake.FillAsync("textarea[name=summary]", "Rumah terbakar di Setu");
        await intake.DblClickAsync("button[type=submit]");
        await Expect(intake.Locator("#routed-unit")).ToHaveTextAsync("Polsek Setu (Tangerang Selatan)");
        // The history shows both calls from the answers, whether or not the read model has caught up.
        await Expect(intake.Locator("#history li")).ToHaveCountAsync(2);

        // A click on the map shows where a case there would go; a place found by a name said any way zooms there and says it too.
        await intake.Locator("#map").ClickAsync();
        await Expect(intake.Locator("#routing")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Kasus akan ke: Pol(sek|res|da)"));
        await intake.Locator("input[name=place]").PressSequentiallyAsync("pámul");
        await Expect(intake.Locator("#places li").First).ToHaveTextAsync("Pamulang · kecamatan · Polsek Pamulang");
        await intake.Locator("input[name=place]").PressAsync("ArrowDown");
        await Expect(intake.Locator("#places li.active")).ToContainTextAsync("kelurahan/desa · Pamulang");
        await intake.Locator("input[name=place]").PressAsync("Enter");
        await Expect(intake.Locator("#routing")).ToHaveTextAsync("Kasus akan ke: Polsek Pamulang");
        await Expect(intake.Locator("input[name=latitude]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^-6\.3"));
        await Expect(intake.Locator("#places li")).ToHaveCountAsync(0);
        Assert.Equal(2, posts.Count);

        // The toggle says again what the page said last: the outcome, the routing preview and the history.
        await intake.Locator("#lang-toggle").ClickAsync();
        await Expect(intake.Locator("#routing")).ToHaveTextAsync("The case will go to: Polsek Pamulang");
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync("Routed to: Polsek Setu (Tangerang Selatan)");
        await Expect(intake.Locator("#history")).ToContainTextAsync("Prank");
        await Expect(intake.Locator("#history")).ToContainTextAsync("Fire");

        var keys = posts.ToArray();
        Assert.All(keys, key => Assert.Matches("^[0-9a-f-]{36}$", key));
        Assert.Single(keys[1..].Distinct());
        Assert.NotEqual(keys[0], keys[^1]);
        var history = await Eventually.Until(() => Api.HistoryAsync("+6281211110001"), h => h.Count >= 2, what: "both calls in the history");
        Assert.Equal(2, history.Count);
        Assert.Single(history, e => e.CaseId is not null);
        Assert.All(history, e =>
        {
            Assert.NotNull(e.Interaction.AnsweredAt);
            Assert.True(e.Interaction.AnsweredAt <= e.Interaction.RecordedAt, "taken up before it was recorded");
        });
    }

    [Fact]
    public async Task A_screened_number_shows_its_red_banner_as_it_is_typed_and_a_prank_recorded_by_keys_alone_counts_on_it()
    {
        const string screenedNumber = "081211110002";
        var until = DateTimeOffset.UtcNow.AddHours(3);
        var screened = await Api.Client.PostAsJsonAsync($"/api/callers/{screenedNumber}/screen",
            new { reason = "Ancaman bom palsu", until = until.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);

        var (intake, _) = await OpenAsync("/intake", live: false, role: "calltaker");
        var banner = intake.Locator("#caller-banner");
        await Expect(banner).ToBeHiddenAsync();
        // Keys only, from the moment the page is up: the number field has the cursor, the number is typed, one chord records.
        await Expect(intake.Locator("input[name=callerNumber]")).ToBeFocusedAsync();
        foreach (var digit in screenedNumber) await intake.Keyboard.PressAsync(digit.ToString());
        await Expect(intake.Locator("#caller-banner.screened")).ToBeVisibleAsync(new() { Timeout = 1000 });
        var wib = until.ToOffset(TimeSpan.FromHours(7));
        await Expect(banner.Locator("strong")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(
            $@"^Nomor disaring sampai {wib:dd} \w+, {wib:HH}[.:]{wib:mm}[.:]{wib:ss} WIB$"));
        await Expect(banner.Locator(".reasons li")).ToHaveTextAsync($"Operator {MonitoringFactory.DisplayNameOf("operator", "mabes")}: Ancaman bom palsu");
        await Expect(banner.Locator(".counts li[data-hours='24']")).ToHaveTextAsync("24 jam 0 iseng · 0 diam · 0 putus · 0 sungguhan");
        await Expect(banner.Locator(".counts li")).ToHaveCountAsync(3);
        await intake.ScreenshotAsync(new() { Path = Artifacts.PathFor("intake-screened-id-1920x1080.png") });

        await intake.Keyboard.PressAsync("Alt+i");
        await Expect(intake.Locator("#outcome.ok")).ToContainTextAsync("Iseng");
        await Expect(intake.Locator("#history li")).ToHaveCountAsync(1);
        await Expect(intake.Locator("#history li")).ToContainTextAsync("Iseng");
        // The banner stays on the caller just recorded and counts the prank.
        await Expect(banner.Locator(".counts li[data-hours='24']")).ToHaveTextAsync("24 jam 1 iseng · 0 diam · 0 putus · 0 sungguhan");
        await Expect(banner.Locator(".counts li[data-hours='720']")).ToHaveTextAsync("30 hari 1 iseng · 0 diam · 0 putus · 0 sungguhan");
        var caller = await Api.Client.GetFromJsonAsync<JsonElement>($"/api/callers/{screenedNumber}");
        Assert.Equal(1, caller.GetProperty("reputation").GetProperty("counts")[0].GetProperty("counts").GetProperty("prank").GetInt32());
        Assert.Equal("screened", caller.GetProperty("reputation").GetProperty("level").GetString());

        await intake.Locator("#lang-toggle").ClickAsync();
        await Expect(banner.Locator("strong")).ToContainTextAsync("Number screened until");
        await Expect(banner.Locator(".counts li[data-hours='168']")).ToHaveTextAsync("7 d 1 prank · 0 silent · 0 hang-ups · 0 genuine");
        await intake.ScreenshotAsync(new() { Path = Artifacts.PathFor("intake-screened-en-1920x1080.png") });

        // Another number being typed takes the banner down at once; a caller with a clean record gets none.
        await intake.Locator("input[name=callerNumber]").PressSequentiallyAsync("0812111");
        await Expect(banner).ToBeHiddenAsync();
        await intake.Locator("input[name=callerNumber]").PressSequentiallyAsync("10003");
        await Expect(intake.Locator("#history li")).ToContainTextAsync("No earlier contact");
        await Expect(banner).ToBeHiddenAsync();

        // A flagged number gets the amber banner, naming who flagged it and why.
        Assert.Equal(HttpStatusCode.OK, (await Api.Client.PostAsJsonAsync("/api/callers/081211110004/flag", new { reason = "Laporan palsu berulang" })).StatusCode);
        await intake.Locator("input[name=callerNumber]").FillAsync("081211110004");
        await Expect(intake.Locator("#caller-banner.flagged")).ToBeVisibleAsync(new() { Timeout = 1000 });
        await Expect(banner.Locator("strong")).ToHaveTextAsync("Number flagged");
        await Expect(banner.Locator(".reasons li")).ToContainTextAsync("Laporan palsu berulang");
        await intake.ScreenshotAsync(new() { Path = Artifacts.PathFor("intake-flagged-en-1920x1080.png") });
    }
}
