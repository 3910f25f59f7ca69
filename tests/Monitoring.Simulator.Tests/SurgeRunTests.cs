using System.CommandLine;
using Monitoring.Server.Alerts;

namespace Monitoring.Simulator.Tests;

/// <summary>
/// The simulator's --surge, run whole against a real center on 127.0.0.1 whose surge window is ten seconds: the alert for
/// the Polsek stands while the burst lands and clears once its reports age out, the usual traffic going on meanwhile.
/// </summary>
[Collection(nameof(SimulatorRuns))]
public sealed class SurgeRunTests
{
    private const string Gambir = "polsek-gambir";

    [Fact]
    public async Task A_surge_from_the_simulator_raises_the_Polseks_alert_during_the_burst_and_clears_it_after()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Monitoring:Surge:Threshold"] = "5",
            ["Monitoring:Surge:Window"] = "00:00:10",
            ["Monitoring:Surge:CheckEvery"] = "00:00:00.5",
        });
        var center = factory.StartKestrel();
        var token = await SignIn.UserTokenAsync(new HttpClient { BaseAddress = center }, "operator", "mabes");
        // Gambir's Polres watches it: the alert reaches the subtree it lies in.
        var polres = new HttpClient { BaseAddress = center }.Carrying(
            await SignIn.UserTokenAsync(new HttpClient { BaseAddress = center }, "operator", "polres-metro-jakarta-pusat"));
        Task<List<AlertView>> AlertsAsync() => factory.GetJsonAsync<List<AlertView>>(polres, "/api/alerts");
        Assert.Empty(await AlertsAsync());

        var (output, error) = (new StringWriter(), new StringWriter());
        var run = SimulatorCommand.Create().Parse([
                "load", "--url", center.ToString(), "--rate", "3", "--duration", "00:00:12", "--token", token,
                "--surge", "Gambir", "--surge-at", "00:00:02", "--surge-size", "8", "--surge-over", "00:00:03"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        var ended = run.ContinueWith(_ => DateTimeOffset.UtcNow, TaskScheduler.Default);

        var raised = await Eventually.Until(AlertsAsync, alerts => alerts.Any(a => a.UnitId == Gambir), what: "the surge alert for Gambir");
        var alert = Assert.Single(raised);
        Assert.Equal(("surge", "Polsek Gambir", true), (alert.Kind, alert.UnitName, alert.Active));
        Assert.InRange(alert.Count, 5, 8);

        Assert.True(await run == 0, $"the simulator failed: {error}{output}");
        Assert.Contains("surge reports 8", output.ToString());
        // Raised while the run was sending, not by something after it.
        Assert.True(alert.RaisedAt < await ended, $"raised at {alert.RaisedAt:O}, the run ended at {await ended:O}");

        await Eventually.Until(AlertsAsync, alerts => alerts.Count == 0, within: TimeSpan.FromSeconds(30),
            what: "the alert cleared once the burst aged out of the window");
    }
}
