using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class SentinelTests
{
    private static readonly UnitId Gambir = new("polsek-gambir");
    private static readonly UnitId JakartaPusat = new("polres-metro-jakarta-pusat");

    [Fact]
    public async Task A_case_whose_own_timer_was_lost_still_escalates_through_the_sentinel()
    {
        using var db = new TempFolder();
        // The shard would restart a crashed case (and so re-arm its timer) only after an hour: only the Sentinel can wake it.
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, o =>
        {
            o.Sla.P1.Acknowledge = TimeSpan.FromSeconds(2);
            o.Sentinel.Interval = TimeSpan.FromMilliseconds(300);
            o.Sentinel.Grace = TimeSpan.FromMilliseconds(200);
        }, hocon: "akka.cluster.sharding.entity-restart-backoff = 1h");

        var now = DateTimeOffset.UtcNow;
        var id = CaseId.New(now);
        var open = new OpenCase(
            new Interaction(InteractionId.New(), new CallerNumber("0819999000"), Channel.Voice, Kind.Complaint, Category.Violence,
                new Location(-6.17, 106.82, null), "Penganiayaan", null, now, now, now, null, null),
            Priority.P1, new Routing(Gambir, JurisdictionTree.Default.Chain(Gambir), false));
        var opened = await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, open), TimeSpan.FromSeconds(10));
        Assert.Null(opened.Rejection);

        // The read model knows the case and its deadline before the fault.
        await Eventually.Until(() => host.ReadModel.CasesAsync(new(null, null, true, null, null, null, 1, 10)), p => p.Total == 1);

        // Crash the case without passivation: its timer dies with it.
        var entity = await host.System.ActorSelection($"/system/sharding/case/*/{id}").ResolveOne(TimeSpan.FromSeconds(5));
        await entity.GracefulStop(TimeSpan.FromSeconds(5));

        // Watch the Polres queue, which only the case itself fills: asking the case would wake it and prove nothing.
        var queue = await Eventually.Until(
            () => host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(JakartaPusat), TimeSpan.FromSeconds(5)),
            q => q.Cases.Any(c => c.CaseId == id), within: TimeSpan.FromSeconds(20), what: "escalation through the Sentinel");
        Assert.Equal(1, queue.Cases.Single(c => c.CaseId == id).EscalationLevel);
    }
}
