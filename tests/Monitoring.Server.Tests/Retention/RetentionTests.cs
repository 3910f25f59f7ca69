using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Persistence.Retention;
using Monitoring.Server.Audit;
using Monitoring.Server.Retention;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests.Retention;

/// <summary>
/// The retention purge on a real center: what ended before the cutoff loses its personal data in the read model and
/// the journal, open work keeps everything, the figures do not move, the trail says so, and a read model rebuilt from
/// the journal brings nothing back. The purge runs "31 days later": the cases are made now and the job is asked as of
/// then, which is what an hourly run a month on would see.
/// </summary>
[Collection(nameof(ServerHosts))]
public sealed class RetentionTests
{
    private const string Ended = "0817000001", Cancelled = "0817000002", StillOpen = "0817000003";

    private static readonly Dictionary<string, string?> ThirtyDays = new() { ["Monitoring:Retention:Days"] = "30" };

    private sealed record Page(List<JsonElement> Items, int Total);

    private static RetentionJob Job(MonitoringFactory center) => center.Services.GetRequiredService<RetentionJob>();

    private static DateTimeOffset AMonthOn => DateTimeOffset.UtcNow.AddDays(31);

    /// <summary>A resolved case and an information call from one caller, a cancelled case, and an open case.</summary>
    private static async Task<(string Resolved, string Cancelled, string Open)> RecordAsync(Api api)
    {
        var resolved = await api.RecordAsync(Api.Report(caller: Ended));
        var unit = resolved.AssignedUnitId!.Value.Value;
        var id = resolved.CaseId!.Value.Value;
        await ActAsync(api, id, "acknowledge", new { unitId = unit, officer = "Bripka Sari" });
        await ActAsync(api, id, "dispatch", new { unitId = unit, officer = "Bripka Sari", patrol = "Patroli Setu 2" });
        await ActAsync(api, id, "arrive", new { unitId = unit, officer = "Bripka Sari" });
        await ActAsync(api, id, "resolve", new { unitId = unit, officer = "Bripka Sari", outcome = "Api padam, Pak Budi selamat" });
        await api.RecordAsync(new { callerNumber = Ended, kind = "information", agentId = "agent-19" });
        var cancelled = (await api.RecordAsync(Api.Report(caller: Cancelled, category: "crime"))).CaseId!.Value.Value;
        await ActAsync(api, cancelled, "cancel", new { unitId = unit, officer = "Bripka Sari", reason = "prank", note = "Penelepon Ani mengaku iseng" });
        var open = (await api.RecordAsync(Api.Report(caller: StillOpen))).CaseId!.Value.Value;
        await Eventually.Until(() => api.HistoryAsync(Ended), h => h.Count == 2, what: "the first caller's history");
        await Eventually.Until(() => api.HistoryAsync(StillOpen), h => h.Count == 1, what: "the open case's caller");
        await Eventually.Until(() => api.HistoryAsync(Cancelled), h => h.Count == 1, what: "the cancelled case's caller");
        return (id, cancelled, open);
    }

    private static async Task ActAsync(Api api, string caseId, string action, object body)
    {
        var response = await api.ActAsync(caseId, action, body);
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The report's figures (the period it states moves with the clock; the rows are the numbers).</summary>
    private static async Task<string> FiguresAsync(Api api) =>
        (await api.Manager.GetFromJsonAsync<JsonElement>("/api/reports/response-times?groupBy=polres")).GetProperty("rows").GetRawText();

    private static Task<Page> CasesAsync(MonitoringFactory center, Api api, int total) =>
        Eventually.Until(() => center.GetJsonAsync<Page>(api.Client, "/api/cases?pageSize=50"), p => p.Total == total, what: $"{total} cases listed");

    private static JsonElement Listed(Page page, string caseId) => page.Items.Single(c => c.GetProperty("caseId").GetString() == caseId);

    [Fact]
    public async Task Ended_work_past_the_retention_loses_its_personal_data_open_work_and_the_figures_stay_and_a_rebuild_brings_nothing_back()
    {
        using var folder = new TempFolder();
        string resolved, cancelled, open, figures;
        using (var center = new MonitoringFactory(folder.Path, ThirtyDays))
        {
            var api = center.Api();
            (resolved, cancelled, open) = await RecordAsync(api);
            await Eventually.Until(() => center.GetJsonAsync<Page>(api.Client, "/api/cases?open=false"), p => p.Total == 2, what: "two ended cases");
            figures = await Eventually.Until(() => FiguresAsync(api), f => f.Contains("\"resolved\"", StringComparison.Ordinal), what: "the report");
            var purgedCases = RetentionMetrics.Purged.WithLabels("case").Value;
            Assert.True(TestStorage.JournalRowsHolding(folder.Path, "62817000001") > 0);

            // Nothing is old yet: a purge now changes nothing.
            Assert.Equal(RetentionCounts.None, await Job(center).RunOnceAsync(DateTimeOffset.UtcNow));
            var counts = await Job(center).RunOnceAsync(AMonthOn);

            // Two cases (opened + resolved, opened + cancelled rewritten; the acts between carry nothing of the caller's); three interactions and their caller events.
            Assert.Equal(new RetentionCounts(2, 3, 4, 3), counts);
            Assert.Equal(2, RetentionMetrics.Purged.WithLabels("case").Value - purgedCases);
            Assert.Empty(await api.HistoryAsync(Ended));
            Assert.Empty(await api.HistoryAsync(Cancelled));
            Assert.Single(await api.HistoryAsync(StillOpen));
            await AssertRedactedAsync(api, resolved, cancelled);
            await AssertUntouchedAsync(api, open);
            Assert.Equal(figures, await FiguresAsync(api));
            var listed = await CasesAsync(center, api, 3);
            Assert.Equal("", Listed(listed, resolved).GetProperty("summary").GetString());
            Assert.Equal("Rumah terbakar, dua orang terjebak", Listed(listed, open).GetProperty("summary").GetString());

            var line = await LineAsync(await center.AdminClientAsync(), RetentionJob.Action);
            Assert.Equal((AuditTrail.System, AuditOutcome.Allowed), (line.Text("userName"), line.Text("outcome")));
            Assert.Equal(counts.ToString(), line.Text("detail"));
            Assert.StartsWith(AMonthOn.AddDays(-30).ToString("yyyy-MM-dd"), line.Text("target"));

            // Nor in the journal: neither the numbers (not even as a persistence id; without the +, which the JSON escapes)
            // nor what was said. The open case's
            // case is there (its opening and its caller's event), which shows the search finds what is there; the summary and
            // the address all three cases had are left only in those rows.
            foreach (var gone in new[] { "62817000001", "62817000002", "Pak Budi", "Ani mengaku", "agent-19" })
                Assert.True(TestStorage.JournalRowsHolding(folder.Path, gone) == 0, $"the journal still holds {gone}");
            var openRows = TestStorage.JournalRowsHolding(folder.Path, "62817000003");
            Assert.Equal(2, openRows);
            Assert.Equal(openRows, TestStorage.JournalRowsHolding(folder.Path, "Rumah terbakar"));
            Assert.Equal(openRows, TestStorage.JournalRowsHolding(folder.Path, "Jl. Raya Setu"));

            // Run again (or on another node): nothing left to purge.
            Assert.Equal(RetentionCounts.None, await Job(center).RunOnceAsync(AMonthOn));
        }

        // The read model rebuilt from the journal while the center is down.
        foreach (var table in new[] { "rm_case", "rm_interaction", "rm_case_milestone", "rm_offset" }) TestStorage.Execute(folder.Path, $"DROP TABLE {table}");
        SqliteConnection.ClearAllPools();

        using var again = new MonitoringFactory(folder.Path, ThirtyDays);
        var after = again.Api();
        var rebuilt = await CasesAsync(again, after, 3);
        await Eventually.Until(() => after.HistoryAsync(StillOpen), h => h.Count == 1, what: "the open case's caller, rebuilt");
        await Eventually.Until(() => FiguresAsync(after), f => f == figures, what: "the same figures after the rebuild");
        Assert.Empty(await after.HistoryAsync(Ended));
        Assert.Empty(await after.HistoryAsync(Cancelled));
        Assert.Equal("", Listed(rebuilt, resolved).GetProperty("summary").GetString());
        await AssertRedactedAsync(after, resolved, cancelled);
        await AssertUntouchedAsync(after, open);
        Assert.Equal(RetentionCounts.None, await Job(again).RunOnceAsync(AMonthOn));

        // A number whose whole history went calls again: its actor recovers from nothing and its history starts afresh.
        await after.RecordAsync(new { callerNumber = Ended, kind = "information" });
        var fresh = await Eventually.Until(() => after.HistoryAsync(Ended), h => h.Count == 1, what: "the caller's new history");
        Assert.Equal("information", Monitoring.Domain.DomainJson.Name(fresh[0].Interaction.Kind));
    }

    private static async Task AssertRedactedAsync(Api api, params string[] caseIds)
    {
        foreach (var id in caseIds)
        {
            var view = await api.CaseAsync(id);
            Assert.Equal(("", "", null), (view.CallerNumber, view.Summary, view.Location.Address));
            // The place is kept to about a kilometre: -6.34348, 106.66769 becomes -6.34, 106.67.
            Assert.Equal((-6.34, 106.67), (view.Location.Latitude, view.Location.Longitude));
            var last = view.Timeline[^1];
            Assert.True(last.Type is "resolved" or "cancelled", last.Type);
            Assert.DoesNotContain("Budi", last.Detail ?? "", StringComparison.Ordinal);
            Assert.True(string.IsNullOrEmpty(last.Note));
            // Who handled it (the person signed in) stays: the center answers for that.
            Assert.Equal(MonitoringFactory.DisplayNameOf("operator", "mabes"), last.Officer);
        }
    }

    private static async Task AssertUntouchedAsync(Api api, string caseId)
    {
        var view = await api.CaseAsync(caseId);
        Assert.Equal(("+62817000003", "Rumah terbakar, dua orang terjebak", "Jl. Raya Setu"), (view.CallerNumber, view.Summary, view.Location.Address));
        Assert.Equal(-6.34348, view.Location.Latitude);
    }

    [Fact]
    public async Task Two_purges_at_once_as_on_two_nodes_purge_and_count_each_row_once()
    {
        using var folder = new TempFolder();
        using var center = new MonitoringFactory(folder.Path, ThirtyDays);
        var api = center.Api();
        await RecordAsync(api);
        await Eventually.Until(() => center.GetJsonAsync<Page>(api.Client, "/api/cases?open=false"), p => p.Total == 2, what: "two ended cases");
        var asOf = AMonthOn;
        var runs = await Task.WhenAll(Job(center).RunOnceAsync(asOf), Job(center).RunOnceAsync(asOf));
        Assert.Equal(new RetentionCounts(2, 3, 4, 3), runs[0].Add(runs[1]));
        Assert.Empty(await api.HistoryAsync(Ended));
    }

    [Fact]
    public async Task Off_by_default_nothing_is_purged_however_old()
    {
        using var folder = new TempFolder();
        using var center = new MonitoringFactory(folder.Path);
        var api = center.Api();
        var (resolved, _, _) = await RecordAsync(api);
        Assert.Equal(RetentionCounts.None, await Job(center).RunOnceAsync(DateTimeOffset.UtcNow.AddDays(4000)));
        Assert.Equal(2, (await api.HistoryAsync(Ended)).Count);
        Assert.Equal("Rumah terbakar, dua orang terjebak", (await api.CaseAsync(resolved)).Summary);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(3650, true)]
    [InlineData(29, false)]
    [InlineData(3, false)]
    [InlineData(-1, false)]
    public void A_retention_is_off_or_at_least_a_month(int days, bool accepted) =>
        Assert.Equal(accepted, !new RetentionOptions { Days = days }.Problems().Any());

    [Fact]
    public void A_retention_shorter_than_a_month_stops_the_center_at_start()
    {
        using var folder = new TempFolder();
        using var center = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { ["Monitoring:Retention:Days"] = "3" });
        var e = Assert.ThrowsAny<Exception>(() => center.CreateClient());
        Assert.Contains("Monitoring:Retention:Days", e.ToString(), StringComparison.Ordinal);
    }
}
