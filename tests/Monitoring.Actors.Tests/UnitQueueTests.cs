using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class UnitQueueTests
{
    private static readonly TimeSpan Ask = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_unit_left_idle_keeps_its_queue_while_idle_callers_are_put_to_sleep()
    {
        using var db = new TempFolder();
        // Idle entities sleep after a second instead of two minutes.
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System,
            hocon: "akka.cluster.sharding.passivate-idle-entity-after = 1s");
        const string caller = "081277775555";
        var id = CaseId.New(DateTimeOffset.UtcNow);
        var report = CaseRecoveryTests.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), caller);
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, report), Ask)).Rejection);
        var unit = report.Routing.UnitId;
        await Eventually.Until(() => host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), Ask),
            q => q.Cases.Any(c => c.CaseId == id), what: "the case in its unit's queue");

        // The caller's history, told of the call after the unit, sleeps when left idle: twice over, the unit has been idle longer.
        var filing = new FileInteraction(new CallerNumber(caller), new CallerEntry(report.Interaction, id, unit));
        for (var i = 0; i < 2; i++)
        {
            await host.Registry.Get<CallerRegion>().Ask<InteractionFiled>(filing, Ask);
            var history = await host.System.ActorSelection($"/system/sharding/caller/*/{caller}").ResolveOne(Ask);
            await history.WatchAsync(TestContext.Current.CancellationToken);
        }

        var queue = await host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), Ask);
        Assert.Equal(id, Assert.Single(queue.Cases).CaseId);
    }
}
