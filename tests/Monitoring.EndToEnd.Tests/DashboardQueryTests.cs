using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Monitoring.EndToEnd.Tests;

/// <summary>Every PromQL expression of every dashboard runs in a real Prometheus scraping a real server with traffic.</summary>
public sealed partial class DashboardQueryTests(BrowserFixture browser) : PageTest(browser, new Dictionary<string, string?>
{
    ["Monitoring:Sla:P1:Acknowledge"] = "00:00:02",
})
{
    private const string Polres = "polres-tangerang-selatan";
    private int _round;

    [GeneratedRegex(@"\b(monitoring_[a-z_]+|http_[a-z_]+|dotnet_[a-z_]+|process_[a-z_]+)")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"^label_values\((\w+), *(\w+)\)$")]
    private static partial Regex LabelValues();

    [Fact]
    public async Task Every_dashboard_query_parses_and_returns_data()
    {
        // Prometheus scrapes as the deployments have it: with a manager's token from a file.
        var tokenFile = Path.Combine(Folder.Path, "prometheus-token");
        await File.WriteAllTextAsync(tokenFile, await Api.Manager.TokenAsync());
        await using var prometheus = await PrometheusServer.StartAsync(BaseAddress, tokenFile);
        await OpenAsync("/");
        await OpenAsync($"/unit/{Polres}");
        // A series is born with its first event, which rate() cannot see: a first round creates every series,
        // a second round after a scrape makes every rate() positive.
        await RecordTrafficAsync();
        await Eventually.Until(() => prometheus.QueryAsync("monitoring_case_milestone_seconds_count{milestone=\"resolved\",priority=\"P3\"}"),
            r => r.Series > 0, within: TimeSpan.FromSeconds(60), what: "Prometheus has scraped the first round");
        await RecordTrafficAsync();
        await Eventually.Until(() => prometheus.QueryAsync("sum(rate(monitoring_case_milestone_seconds_count{milestone=\"resolved\",priority=\"P3\"}[1h])) > 0"),
            r => r.Series > 0, within: TimeSpan.FromSeconds(60), what: "Prometheus has scraped the second round");
        await Eventually.Until(() => prometheus.QueryAsync("sum(increase(monitoring_escalations_total[1h])) > 0"),
            r => r.Series > 0, within: TimeSpan.FromSeconds(60), what: "an escalation was scraped");

        var exported = (await Api.Manager.GetStringAsync("/metrics")).Split('\n').Where(l => !l.StartsWith('#'))
            .Select(l => MetricName().Match(l).Value).Where(n => n.Length > 0).ToHashSet();
        var failures = new List<string>();
        var count = 0;
        foreach (var (dashboard, panel, expr) in DashboardExpressions())
        {
            count++;
            foreach (var name in MetricName().Matches(expr).Select(m => m.Value))
                if (!exported.Contains(name)) failures.Add($"{dashboard} / {panel}: names {name}, which the server does not export");
            var (status, error, series) = await prometheus.QueryAsync(expr);
            if (status != "success") failures.Add($"{dashboard} / {panel}: {expr} → {error}");
            else if (series == 0) failures.Add($"{dashboard} / {panel}: {expr} → no data");
        }
        Assert.True(count >= 50, $"only {count} expressions found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<(string Dashboard, string Panel, string Expr)> DashboardExpressions()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Artifacts.PathFor("x"))!)!, "..", "dashboards");
        var files = Directory.GetFiles(folder, "*.json");
        Assert.Equal(3, files.Length);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var title = json.RootElement.GetProperty("title").GetString()!;
            // Each variable as Grafana sends it with All chosen; its own values must be there to choose from.
            var variables = new Dictionary<string, string>();
            foreach (var variable in json.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray())
            {
                var name = variable.GetProperty("name").GetString()!;
                variables["$" + name] = variable.GetProperty("allValue").GetString()!;
                var values = LabelValues().Match(variable.GetProperty("definition").GetString()!);
                Assert.True(values.Success, $"{title}: variable {name} is not label_values(metric, label)");
                yield return (title, "variable " + name, $"count by ({values.Groups[2].Value}) ({values.Groups[1].Value}{{{values.Groups[2].Value}!=\"\"}})");
            }
            foreach (var panel in json.RootElement.GetProperty("panels").EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(panel.GetProperty("description").GetString()), $"{title}: a panel without a description");
                foreach (var target in panel.GetProperty("targets").EnumerateArray())
                    yield return (title, panel.GetProperty("title").GetString()!,
                        variables.Aggregate(target.GetProperty("expr").GetString()!, (expr, v) => expr.Replace(v.Key, v.Value, StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>Calls of every kind, a number warned, cases of every priority through every milestone, a cancellation and an escalation.</summary>
    private async Task RecordTrafficAsync()
    {
        var rang = DateTimeOffset.UtcNow.AddSeconds(-30);
        foreach (var (kind, channel) in new[] { ("information", "voice"), ("prank", "voice"), ("silent", "voice"), ("information", "sms") })
            await Api.RecordAsync(new { callerNumber = "0813000000", kind, channel, receivedAt = rang, answeredAt = rang.AddSeconds(6) });
        // Two pranks in 24 h warn a number: a new one each round, so that the rungs-reached counter rises between scrapes.
        var prankster = $"08130001{++_round:D4}";
        for (var i = 0; i < 2; i++) await Api.RecordAsync(new { callerNumber = prankster, kind = "prank", receivedAt = rang });

        foreach (var category in new[] { "fire", "crime", "traffic" })
        {
            var intake = await Api.RecordAsync(new
            {
                callerNumber = "0813000001", kind = "report", category, summary = "Laporan " + category,
                location = new { latitude = -6.34348, longitude = 106.66769 }, receivedAt = rang, answeredAt = rang.AddSeconds(3),
            });
            var id = intake.CaseId!.Value.Value;
            foreach (var (action, body) in new (string, object)[]
            {
                ("acknowledge", new { unitId = Polres, officer = "Iptu Dewi" }),
                ("dispatch", new { unitId = Polres, officer = "Iptu Dewi", patrol = "Patroli 1" }),
                ("arrive", new { unitId = Polres, officer = "Bripka Sari" }),
                ("resolve", new { unitId = Polres, officer = "Bripka Sari", outcome = "Selesai" }),
            })
                Assert.True((await Api.ActAsync(id, action, body)).IsSuccessStatusCode, action);
        }

        // The 110 line as the telephony reports it: a call answered within 10 s, one the caller gives up on after it climbed
        // the chain (offered 25 s ago, with no position: the Polda, then Mabes), and one still ringing.
        var pbx = new Pbx(Factory.ClientAs("integration"));
        var now = DateTimeOffset.UtcNow;
        foreach (var (step, at) in new (string, DateTimeOffset)[] { ("offered", now.AddSeconds(-9)), ("answered", now.AddSeconds(-3)), ("ended", now) })
            await pbx.OkAsync(new { callId = $"dash-{_round}-a", @event = step, at = Pbx.At(at), callerNumber = "0813000004" });
        var movedUp = (await MetricsScrape.TakeAsync(Api.Manager)).SumOf("monitoring_calls_moved_up_total");
        await pbx.OkAsync(new { callId = $"dash-{_round}-b", @event = "offered", at = Pbx.At(now.AddSeconds(-25)), callerNumber = "0813000005" });
        // The board shows the level the ring time gives at once; the move itself is persisted (and counted) a moment later,
        // and an abandon before it would leave nothing to count.
        await Eventually.Until(() => MetricsScrape.TakeAsync(Api.Manager), m => m.SumOf("monitoring_calls_moved_up_total") > movedUp, what: "the call moved up");
        await pbx.OkAsync(new { callId = $"dash-{_round}-b", @event = "abandoned", at = Pbx.At(now) });
        await pbx.OkAsync(new { callId = $"dash-{_round}-c", @event = "offered", at = Pbx.At(now), callerNumber = "0813000006" });

        var cancelled = await Api.RecordAsync(Api.Report(caller: "0813000002", category: "crime"));
        await Api.ActAsync(cancelled.CaseId!.Value.Value, "cancel", new { unitId = Polres, officer = "Iptu Dewi", reason = "prank", note = "Penelepon mengaku iseng" });
        await Api.RecordAsync(Api.Report(caller: "0813000003"));    // a P1 nobody acknowledges: it escalates within seconds
    }
}
