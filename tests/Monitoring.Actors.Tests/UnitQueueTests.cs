using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class UnitQueueTests
{
    [Fact]
    public async Task A_unit_left_idle_keeps_its_queue_while_idle_callers_are_put_to_sleep()
    {
        using var db = new TempFolder();
        // Idle entities sleep after a second instead of two minutes.
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System,
            hocon: "akka.cluster.sharding.passivate-idle-entity-after = 1s");
        const string caller = "081277775555";
        var id = CaseId.New(DateTimeOffset.UtcNow);
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), caller);
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, report), ActorHost.Ask)).Rejection);
        var unit = report.Routing.UnitId;
        await Eventually.Until(() => host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask),
            q => q.Cases.Any(c => c.CaseId == id), what: "the case in its unit's queue");

        // The caller's history, told of the call after the unit, sleeps when left idle: twice over, the unit has been idle longer.
        var filing = new FileInteraction(new CallerNumber(caller), new CallerEntry(report.Interaction, id, unit));
        for (var i = 0; i < 2; i++)
        {
            await host.Registry.Get<CallerRegion>().Ask<InteractionFiled>(filing, ActorHost.Ask);
            var history = await host.System.ActorSelection($"/system/sharding/caller/*/{caller}").ResolveOne(ActorHost.Ask);
            await history.WatchAsync(TestContext.Current.CancellationToken);
        }

        var queue = await host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask);
        Assert.Equal(id, Assert.Single(queue.Cases).CaseId);
    }

    [Fact]
    public async Task A_unit_that_starts_again_without_its_queue_gets_it_back_from_its_cases_and_not_the_closed_ones()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System);
        var cases = host.Registry.Get<CaseRegion>();
        var units = host.Registry.Get<UnitRegion>();
        var (open, cancelled) = (CaseId.New(DateTimeOffset.UtcNow), CaseId.New(DateTimeOffset.UtcNow));
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), "081277776666");
        var unit = report.Routing.UnitId;
        // A P1 case: its Polres cancels it.
        var polres = report.Routing.Chain[1];
        foreach (var id in new[] { open, cancelled }) Assert.Null((await cases.Ask<CaseReply>(new CaseRequest(id, report), ActorHost.Ask)).Rejection);
        await Eventually.Until(() => host.ReadModel.OpenCasesForAsync(unit), c => c.Count == 2, what: "both cases in the read model");
        // The unit's actor is alive and holds both: on a loaded machine the read model can be ahead of the first message to
        // the unit region, whose shard is still being allocated, and there would be no actor yet to lose.
        await Eventually.Until(() => units.Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask), q => q.Cases.Count == 2,
            what: "both cases in the unit's queue");

        // Cancelled while the read model cannot hear of it, then the unit's actor is lost (as with its node).
        using (TestStorage.HoldReadModel(db.Path))
        {
            Assert.Null((await cases.Ask<CaseReply>(new CaseRequest(cancelled, new Cancel(polres, Person.Named("Iptu Dewi"), CancelReason.Prank, "Iseng")), ActorHost.Ask)).Rejection);
            await StopAsync(host, unit);
            Assert.Equal(2, (await host.ReadModel.OpenCasesForAsync(unit)).Count);

            var queue = await Eventually.Until(() => units.Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask), q => q.Cases.Count > 0,
                what: "the open case back in the new actor's queue");
            Assert.Equal(open, Assert.Single(queue.Cases).CaseId);
        }
    }

    /// <summary>A handover moves the case between the units' queues; the board of the unit that dispatched follows its patrol
    /// through the case, and is still there when the unit's actor starts again from its journal.</summary>
    [Fact]
    public async Task A_handed_over_case_changes_queues_and_the_new_units_patrol_follows_it_on_a_board_that_outlives_the_actor()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System);
        var cases = host.Registry.Get<CaseRegion>();
        var units = host.Registry.Get<UnitRegion>();
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), "081277778888");
        var (old, polres, serpong) = (report.Routing.UnitId, report.Routing.Chain[1], new UnitId("polsek-serpong"));
        var id = CaseId.New(DateTimeOffset.UtcNow);
        var sari = new Person("u-sari", "Bripka Sari", null, "officer");
        async Task<Case> Act(CaseCommand command)
        {
            var reply = await cases.Ask<CaseReply>(new CaseRequest(id, command), ActorHost.Ask);
            Assert.Null(reply.Rejection);
            return reply.Case!;
        }
        Task<UnitQueue> Queue(UnitId unit) => units.Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask);
        Task<PatrolsReply> Board() => units.Ask<PatrolsReply>(new GetPatrols(serpong), ActorHost.Ask);

        await Act(report);
        await Eventually.Until(() => Queue(old), q => q.Cases.Any(c => c.CaseId == id), what: "the case in its first unit's queue");
        Assert.Null((await units.Ask<PatrolsReply>(new ChangePatrols(serpong, new AddPatrol("R2-07", sari)), ActorHost.Ask)).Rejection);

        await Act(new Reassign(polres, sari, serpong, "Lokasi masuk wilayah Serpong"));
        await Eventually.Until(() => Queue(serpong), q => q.Cases.Any(c => c.CaseId == id), what: "the case in the new unit's queue");
        await Eventually.Until(() => Queue(old), q => q.Cases.All(c => c.CaseId != id), what: "the case gone from the old unit's queue");

        await Act(new Acknowledge(serpong, sari));
        await Act(new Dispatch(serpong, sari, "r2-07"));
        await Eventually.Until(Board, b => b.Patrols.Single().Status == PatrolStatus.Dispatched, what: "the patrol dispatched");
        await Act(new Arrive(serpong, sari));
        var onScene = await Eventually.Until(Board, b => b.Patrols.Single().Status == PatrolStatus.OnScene, what: "the patrol on scene");
        Assert.Equal(id, onScene.Patrols.Single().CaseId);

        await StopAsync(host, serpong);
        Assert.Equal(new Patrol("R2-07", PatrolStatus.OnScene, id), (await Board()).Patrols.Single());

        await Act(new Resolve(serpong, sari, "Api padam"));
        await Eventually.Until(Board, b => b.Patrols.Single() == new Patrol("R2-07", PatrolStatus.Available, null), what: "the patrol free again");
    }

    /// <summary>Stops a unit's actor through its shard, which then buffers what arrives meanwhile: stopped behind the shard's
    /// back, the next message could still be forwarded to the dead actor and lost (a flaky ask timeout).</summary>
    private static async Task StopAsync(ActorHost host, UnitId unit)
    {
        var actor = await host.System.ActorSelection($"/system/sharding/unit/*/{unit}").ResolveOne(ActorHost.Ask);
        var shard = await host.System.ActorSelection(actor.Path.Parent).ResolveOne(ActorHost.Ask);
        shard.Tell(new Passivate(PoisonPill.Instance), actor);
        await actor.WatchAsync(TestContext.Current.CancellationToken);
    }
}
