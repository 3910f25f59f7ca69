namespace Monitoring.Server.Tests;

public sealed class MetricsTests : ServerTest
{
    private const string Polres = "polres-tangerang-selatan";

    /// <summary>The Polda of Tangerang Selatan: case metrics carry the Polda, never the Polres (514 nationally).</summary>
    private const string Polda = "polda-metro-jaya";

    [Fact]
    public async Task Each_domain_event_is_counted_once_where_it_happens()
    {
        var before = await MetricsScrape.TakeAsync(Api.Manager);
        var receivedAt = DateTimeOffset.UtcNow.AddSeconds(-20);
        var report = await Api.RecordAsync(new
        {
            callerNumber = "0815550001", kind = "report", category = "fire", summary = "Kebakaran",
            location = new { latitude = -6.34348, longitude = 106.66769 }, receivedAt, answeredAt = receivedAt.AddSeconds(4),
        });
        var prank = await Api.RecordAsync(Api.Report(caller: "0815550002", category: "crime"));
        await Api.RecordAsync(new { callerNumber = "0815550003", kind = "prank" });
        await Api.ActAsync(report.CaseId!.Value.Value, "acknowledge", new { unitId = Polres, officer = "Iptu Dewi" });
        await Api.ActAsync(prank.CaseId!.Value.Value, "cancel", new { unitId = Polres, officer = "Iptu Dewi", reason = "prank", note = "Penelepon mengaku iseng" });

        // Interactions are counted as they enter a caller's history, just after the 201.
        var after = await Eventually.Until(() => MetricsScrape.TakeAsync(Api.Manager),
            m => m["monitoring_interactions_total{kind=\"prank\",channel=\"voice\",category=\"none\"}"]
                 - before["monitoring_interactions_total{kind=\"prank\",channel=\"voice\",category=\"none\"}"] == 1
                 && m["monitoring_answer_seconds_count{channel=\"voice\"}"] - before["monitoring_answer_seconds_count{channel=\"voice\"}"] >= 1);
        double Delta(string key) => after[key] - before[key];

        Assert.Equal(1, Delta($"monitoring_cases_opened_total{{priority=\"P1\",category=\"fire\",polda=\"{Polda}\"}}"));
        Assert.Equal(1, Delta($"monitoring_cases_opened_total{{priority=\"P2\",category=\"crime\",polda=\"{Polda}\"}}"));
        Assert.Equal(1, Delta("monitoring_interactions_total{kind=\"report\",channel=\"voice\",category=\"fire\"}"));
        Assert.Equal(1, Delta($"monitoring_cases_cancelled_total{{reason=\"prank\",polda=\"{Polda}\"}}"));
        Assert.Equal(1, Delta($"monitoring_case_milestone_seconds_count{{milestone=\"acknowledged\",priority=\"P1\",polda=\"{Polda}\"}}"));
        // The fire was acknowledged about 20 s after the call rang: it lands in the 30 s bucket, not the 15 s one.
        Assert.Equal(1, Delta($"monitoring_case_milestone_seconds_bucket{{milestone=\"acknowledged\",priority=\"P1\",polda=\"{Polda}\",le=\"30\"}}"));
        Assert.Equal(0, Delta($"monitoring_case_milestone_seconds_bucket{{milestone=\"acknowledged\",priority=\"P1\",polda=\"{Polda}\",le=\"15\"}}"));
        Assert.Equal(1, Delta("monitoring_answer_seconds_bucket{channel=\"voice\",le=\"5\"}"));
        Assert.Equal(1, Delta($"monitoring_open_cases{{state=\"acknowledged\",polda=\"{Polda}\",escalated=\"false\"}}"));
        Assert.True(Delta("monitoring_journal_write_seconds_count") >= 4);
        Assert.True(after.Has("http_requests_received_total"), "ASP.NET Core HTTP metrics");
        Assert.True(after.Has("dotnet_collection_count_total") || after.Has("process_cpu_seconds_total"), ".NET runtime metrics");
        Assert.True(after.Has("monitoring_akka_dead_letters_total") || after.Has("monitoring_projection_lag_seconds"));
    }
}
