using Monitoring.Simulator;

namespace Monitoring.Simulator.Tests;

/// <summary>The simulator's --telephony against a real center: every call is recorded once, the answered ones with the ring
/// the events gave, the abandoned ones by the center itself.</summary>
[Collection(nameof(SimulatorRuns))]
public sealed class TelephonyRunTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MonitoringFactory _factory;

    public TelephonyRunTests() => _factory = new MonitoringFactory(_folder.Path);

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Calls_played_through_the_events_are_each_one_interaction_abandoned_ones_recorded_by_the_center()
    {
        // Twenty times faster than life: rings of 1–30 s last 50 ms to 1.5 s.
        var options = new LoadOptions(0, 24, null, 24, Act: false, LateShare: 0, NeverShare: 0, OfficerSpeed: 1, Seed: 17, FollowHourOfDay: false,
            Telephony: true, AbandonShare: 0.3, CallSpeed: 20);
        var output = new StringWriter();
        var summary = await new LoadRunner(_factory.ClientAs("integration"), options, output).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(summary.Failed == 0 && summary.Refused == 0, output.ToString());
        Assert.InRange(summary.Abandoned, 1, 23);
        Assert.Equal(24, summary.Created + summary.Abandoned);
        Assert.Contains($"calls abandoned before an answer {summary.Abandoned}", summary.Describe());

        await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(*) FROM rm_interaction")), n => n == 24,
            what: "one interaction per call, the abandoned ones too");
        Assert.Equal(summary.Abandoned, TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(*) FROM rm_interaction WHERE Kind = 'abandoned'"));
        // The form's interactions carry the events' ring: answered after they rang, as the telephony said.
        Assert.Equal(0, TestStorage.Scalar<long>(_folder.Path,
            "SELECT COUNT(*) FROM rm_interaction WHERE Kind <> 'abandoned' AND (AnsweredAt IS NULL OR AnsweredAt <= ReceivedAt)"));
    }
}
