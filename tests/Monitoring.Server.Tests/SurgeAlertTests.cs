using System.Text.Json;
using Monitoring.Server.Alerts;

namespace Monitoring.Server.Tests;

/// <summary>A surge with a short window, so the test sees it raised by reports in one Polsek and cleared once they age out.</summary>
public sealed class SurgeAlertTests : ServerTest
{
    private const string Setu = "polsek-setu-tangerang-selatan";

    public SurgeAlertTests()
        : base(new Dictionary<string, string?>
        {
            ["Monitoring:Surge:Threshold"] = "3",
            ["Monitoring:Surge:Window"] = "00:00:05",
            ["Monitoring:Surge:CheckEvery"] = "00:00:00.5",
        })
    {
    }

    [Fact]
    public async Task Reports_in_one_Polsek_above_the_threshold_raise_an_alert_its_subtree_sees_and_it_clears_when_they_stop()
    {
        var before = await MetricsScrape.TakeAsync(Api.Manager);
        for (var i = 0; i < 3; i++) await Api.RecordAsync(Api.Report(caller: $"08123456780{i}"));

        var raised = await Eventually.Until(() => Factory.GetJsonAsync<List<AlertView>>(Api.Client, "/api/alerts"),
            alerts => alerts.Any(a => a.UnitId == Setu), what: "the surge alert for Setu");
        var alert = Assert.Single(raised);
        Assert.Equal(("surge", 3, true), (alert.Kind, alert.Count, alert.Active));
        // A window under a minute is told in seconds: in minutes it would read as none.
        Assert.Equal((0, 5), (alert.WindowMinutes, alert.WindowSeconds));
        Assert.Contains("Setu", alert.UnitName);

        var polres = await Factory.ClientAsAsync("operator", "polres-tangerang-selatan");
        Assert.Single(await Factory.GetJsonAsync<List<AlertView>>(polres, "/api/alerts"));
        var elsewhere = await Factory.ClientAsAsync("operator", "polres-metro-jakarta-pusat");
        Assert.Empty(await Factory.GetJsonAsync<List<AlertView>>(elsewhere, "/api/alerts"));

        var during = await MetricsScrape.TakeAsync(Api.Manager);
        Assert.Equal(1, during["monitoring_surge_alerts_raised_total"] - before["monitoring_surge_alerts_raised_total"]);
        Assert.Equal(1, during["monitoring_surge_alerts_active"]);

        await Eventually.Until(() => Factory.GetJsonAsync<List<AlertView>>(Api.Client, "/api/alerts"), alerts => alerts.Count == 0,
            what: "the alert cleared once the reports aged out of the window");
        var after = await Eventually.Until(() => MetricsScrape.TakeAsync(Api.Manager), m => m["monitoring_surge_alerts_active"] == 0,
            what: "no active alert counted");
        Assert.Equal(1, after["monitoring_surge_alerts_raised_total"] - before["monitoring_surge_alerts_raised_total"]);
    }
}
