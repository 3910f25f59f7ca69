using System.Globalization;
using System.Text.Json;
using Monitoring.Simulator;

namespace Monitoring.Simulator.Tests;

[CollectionDefinition(nameof(SimulatorRuns), DisableParallelization = true)]
public sealed class SimulatorRuns;

[Collection(nameof(SimulatorRuns))]
public sealed class LoadRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MonitoringFactory _factory;

    /// <summary>How much faster than life the officers act here.</summary>
    private const double OfficerSpeed = 200;

    /// <summary>
    /// The P1 target (1 min) at the officers' pace: a late acknowledgement (70–150 s ÷ speed) lands past it, a prompt one
    /// (5–50 s ÷ speed) before. At 1 s only the never-acknowledged cases escalated, and 200 calls hold none about one time in 30.
    /// </summary>
    private static readonly string Acknowledge = TimeSpan.FromMinutes(1).Divide(OfficerSpeed).ToString("c", CultureInfo.InvariantCulture);

    public LoadRunnerTests() => _factory = new MonitoringFactory(_folder.Path, new Dictionary<string, string?>
    {
        ["Monitoring:Sla:P1:Acknowledge"] = Acknowledge,
        ["Monitoring:Sla:P2:Acknowledge"] = Acknowledge,
        ["Monitoring:Sla:P3:Acknowledge"] = Acknowledge,
    });

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private static LoadOptions Options(int count, bool act, double speed = 1) =>
        new(0, count, null, 16, act, LateShare: 0.3, NeverShare: 0.2, OfficerSpeed: speed, Seed: 7, FollowHourOfDay: false);

    [Fact]
    public async Task A_load_run_records_every_call_it_reports_created_and_mostly_calls_that_open_no_case()
    {
        var output = new StringWriter();
        var summary = await new LoadRunner(_factory.ClientAs("operator", "mabes"), Options(300, act: false), output).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((300, 300, 0), (summary.Sent, summary.Created, summary.Failed));
        Assert.Equal(300, summary.Statuses[201]);
        Assert.InRange(summary.CasesOpened, 10, 60);          // about one call in ten opens a case
        Assert.NotNull(summary.P99Ms);
        Assert.Contains("created 300", summary.Describe());

        // Everything the run counted as created is durable and reaches the read model.
        var interactions = await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(*) FROM rm_interaction")),
            n => n == 300);
        Assert.Equal(300, interactions);
        await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(*) FROM rm_case")),
            n => n == summary.CasesOpened, what: "every case the run opened in the read model");
    }

    [Fact]
    public async Task Officers_act_late_or_never_so_cases_both_close_and_escalate()
    {
        var summary = await new LoadRunner(_factory.ClientAs("operator", "mabes"), Options(200, act: true, speed: OfficerSpeed), new StringWriter())
            .RunAsync(TestContext.Current.CancellationToken);
        Assert.True(summary.OfficerActions > summary.CasesOpened, $"{summary.OfficerActions} actions on {summary.CasesOpened} cases");

        var page = await Eventually.Until(async () => JsonDocument.Parse(await _factory.ClientAs("manager").GetStringAsync("/api/reports/response-times?groupBy=priority")),
            r => r.RootElement.GetProperty("rows").EnumerateArray().Sum(row => row.GetProperty("escalations").GetInt32()) > 0);
        var rows = page.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Sum(r => r.GetProperty("milestones").GetProperty("resolved").GetProperty("reached").GetInt32()) > 0, "some cases resolved");
    }

    [Fact]
    public async Task One_seed_sends_the_same_calls_however_the_officers_responses_interleave()
    {
        async Task<long> CallersAfterRunAsync(int calls)
        {
            var summary = await new LoadRunner(_factory.ClientAs("operator", "mabes"), Options(100, act: true, speed: 10_000), new StringWriter())
                .RunAsync(TestContext.Current.CancellationToken);
            Assert.Equal(100, summary.Created);
            await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(*) FROM rm_interaction")),
                n => n == calls, what: $"{calls} interactions in the read model");
            return TestStorage.Scalar<long>(_folder.Path, "SELECT COUNT(DISTINCT \"CallerNumber\") FROM rm_interaction");
        }

        var first = await CallersAfterRunAsync(100);
        // The same seed again: the same numbers ring, so not one caller is new.
        Assert.Equal(first, await CallersAfterRunAsync(200));
    }

    [Fact]
    public async Task A_surge_adds_its_reports_to_the_usual_traffic_and_each_opens_a_case_in_its_Polsek()
    {
        const string Gambir = "polsek-gambir";
        var area = SurgeArea.Find(Gambir, Monitoring.Domain.Jurisdiction.JurisdictionTree.Default).Area!;
        var output = new StringWriter();
        var summary = await new LoadRunner(_factory.ClientAs("operator", "mabes"),
                Options(50, act: false) with { Surge = new SurgePlan(area, TimeSpan.Zero, 12, TimeSpan.FromSeconds(1)) }, output)
            .RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((62, 62, 12), (summary.Sent, summary.Created, summary.SurgeReports));
        Assert.Contains("surge reports 12", summary.Describe());
        Assert.Contains("surge: 12 reports in Polsek Gambir (polsek-gambir)", output.ToString());
        // The usual traffic seldom lands in one Polsek of 110; the surge's twelve all do.
        var inGambir = await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(_folder.Path,
            $"SELECT COUNT(*) FROM rm_case WHERE \"AssignedUnitId\" = '{Gambir}'")), n => n >= 12, what: "the surge's cases in Gambir");
        Assert.InRange(inGambir, 12, 14);
    }
}
