namespace Monitoring.Server.Tests;

[Collection(nameof(ServerHosts))]
public sealed class MetricsRestartTests
{
    /// <summary>The reports are in Tangerang Selatan, counted under its Polda.</summary>
    private const string OpenInTangsel = "monitoring_open_cases{state=\"open\",polda=\"polda-metro-jaya\",escalated=\"false\"}";

    [Fact]
    public async Task The_open_cases_gauge_is_right_after_a_restart_not_zero()
    {
        using var folder = new TempFolder();
        double baseline;
        using (var first = new MonitoringFactory(folder.Path))
        {
            var api = first.Api();
            baseline = (await MetricsScrape.TakeAsync(api.Manager))[OpenInTangsel];
            await api.RecordAsync(Api.Report(caller: "0815550101"));
            await api.RecordAsync(Api.Report(caller: "0815550102"));
            Assert.Equal(baseline + 2, (await MetricsScrape.TakeAsync(api.Manager))[OpenInTangsel]);
        }

        using var second = new MonitoringFactory(folder.Path);
        var client = second.ClientAs("manager");
        // Nothing touches the cases: they come back by themselves and count themselves in.
        await Eventually.Until(() => MetricsScrape.TakeAsync(client), m => m[OpenInTangsel] == baseline + 2, what: "the gauge after recovery");
    }
}
