using System.Collections.Concurrent;
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
        Assert.Single(keys.Skip(1).Distinct());
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
}
