using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Persistence.Queries;
using Monitoring.Persistence.ReadModel;

namespace Monitoring.Persistence.Tests;

[Collection(nameof(ActorSystems))]
public sealed class ProjectionTests
{
    private const string Projection = ReadModelProjector.Projection;

    /// <summary>On both databases a trigger makes one summary impossible to write, as a NUL is on PostgreSQL.</summary>
    [Fact]
    public async Task An_event_the_read_model_refuses_is_set_aside_and_the_events_after_it_are_projected()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartAsync(folder.DatabasePath, TimeProvider.System);
        TestStorage.Execute(folder.Path, PostgresServer.Selected
            ? """
              CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'poisoned summary'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_poison BEFORE INSERT ON rm_case FOR EACH ROW WHEN (NEW."Summary" = 'racun') EXECUTE FUNCTION refuse_poison();
              """
            : """
              CREATE TRIGGER refuse_poison BEFORE INSERT ON rm_case WHEN NEW."Summary" = 'racun'
              BEGIN SELECT RAISE(ABORT, 'poisoned summary'); END;
              """);
        var quarantined = ReadModelMetrics.ProjectionQuarantined.WithLabels(Projection).Value;

        var (before, poison, after) = (CaseId.New(DateTimeOffset.UtcNow), CaseId.New(DateTimeOffset.UtcNow), CaseId.New(DateTimeOffset.UtcNow));
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), "081277770001");
        foreach (var (id, summary) in new[] { (before, "Rumah terbakar"), (poison, "racun"), (after, "Rumah terbakar") })
        {
            var open = report with { Interaction = report.Interaction with { Id = InteractionId.New(), Summary = summary } };
            Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, open), ActorHost.Ask)).Rejection);
        }

        var projected = await Eventually.Until(() => host.ReadModel.OpenCasesAsync(null), c => c.Any(s => s.CaseId == after),
            within: TimeSpan.FromSeconds(30), what: "the case after the poisoned one in the read model");
        Assert.Equal(new HashSet<CaseId> { before, after }, projected.Select(s => s.CaseId).ToHashSet());
        Assert.Equal($"case-{poison}|1|CaseOpened", TestStorage.Scalar<string>(folder.Path,
            """SELECT "PersistenceId" || '|' || "SequenceNr" || '|' || "EventType" FROM rm_quarantine"""));
        Assert.Contains("poisoned summary", TestStorage.Scalar<string>(folder.Path, """SELECT "Error" FROM rm_quarantine"""));
        Assert.Equal(1, ReadModelMetrics.ProjectionQuarantined.WithLabels(Projection).Value - quarantined);
    }

    /// <summary>The defect as reported: PostgreSQL (whichever pass) refuses a NUL in text; the journal, storing bytes, does not.</summary>
    [Fact]
    public async Task A_summary_holding_a_nul_that_PostgreSql_refuses_cannot_stop_the_projection()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartOnPostgreSqlAsync(folder.DatabasePath);
        var (poison, after) = (CaseId.New(DateTimeOffset.UtcNow), CaseId.New(DateTimeOffset.UtcNow));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var report = TestCases.Report(clock, "081277770002");
        // Written straight to the journal, past any rule at intake that would refuse the character.
        var opened = new CaseOpened(poison, clock.GetUtcNow(), report.Interaction with { Summary = "Rumah\0terbakar" }, report.Priority,
            report.Routing, clock.GetUtcNow().AddMinutes(1));
        Assert.Equal(1L, await host.System.ActorOf(Tally.Props($"case-{poison}")).Ask<long>(opened, ActorHost.Ask));
        var open = report with { Interaction = report.Interaction with { Id = InteractionId.New() } };
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(after, open), ActorHost.Ask)).Rejection);

        var projected = await Eventually.Until(() => host.ReadModel.OpenCasesAsync(null), c => c.Any(s => s.CaseId == after),
            within: TimeSpan.FromSeconds(30), what: "the case after the one with a NUL in the read model");
        Assert.DoesNotContain(projected, s => s.CaseId == poison);
        Assert.Equal($"case-{poison}", host.Execute<string>("""SELECT "PersistenceId" FROM rm_quarantine"""));
        Assert.Contains("22021", host.Execute<string>("""SELECT "Error" FROM rm_quarantine"""));
    }

    [Fact]
    public async Task A_projection_held_behind_the_journal_shows_its_lag_and_is_stuck_past_the_threshold()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartAsync(folder.DatabasePath, TimeProvider.System,
            o => o.ReadModel.StuckAfter = TimeSpan.FromSeconds(1));
        var cases = host.Registry.Get<CaseRegion>();
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), "081277770003");
        Assert.Null((await cases.Ask<CaseReply>(new CaseRequest(CaseId.New(DateTimeOffset.UtcNow), report), ActorHost.Ask)).Rejection);
        await Eventually.Until(() => host.ReadModel.OpenCasesAsync(null), c => c.Count == 1, what: "the first case in the read model");
        await Eventually.Until(() => Task.FromResult(Lag()), l => l is { Events: 0, Seconds: 0, Stuck: 0 }, what: "the projection caught up");

        using (TestStorage.HoldReadModel(folder.Path))
        {
            Assert.Null((await cases.Ask<CaseReply>(new CaseRequest(CaseId.New(DateTimeOffset.UtcNow), report), ActorHost.Ask)).Rejection);
            var held = await Eventually.Until(() => Task.FromResult(Lag()), l => l.Stuck == 1, what: "the projection stuck");
            Assert.True(held.Events >= 1, $"events behind: {held.Events}");
            Assert.True(held.Seconds >= 1, $"seconds behind: {held.Seconds}");
        }
        await Eventually.Until(() => Task.FromResult(Lag()), l => l is { Events: 0, Seconds: 0, Stuck: 0 }, within: TimeSpan.FromSeconds(60),
            what: "the projection caught up again");
    }

    private static (double Events, double Seconds, double Stuck) Lag() => (
        ReadModelMetrics.ProjectionLagEvents.WithLabels(Projection).Value, ReadModelMetrics.ProjectionLag.WithLabels(Projection).Value,
        ReadModelMetrics.ProjectionStuck.WithLabels(Projection).Value);
}
