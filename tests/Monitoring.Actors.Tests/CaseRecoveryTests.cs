using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class CaseRecoveryTests
{
    private static readonly UnitId Pamulang = new("polsek-pamulang");
    private static readonly UnitId TangerangSelatan = new("polres-tangerang-selatan");
    private static readonly Person Sari = new("u-sari", "Bripka Sari", "87050123", "officer");
    private static readonly Person Dewi = new("u-dewi", "Iptu Dewi", null, "operator");

    private static async Task<CaseReply> Send(ActorHost host, CaseId id, CaseCommand command) =>
        await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, command), ActorHost.Ask);

    private static async Task<UnitQueue> Queue(ActorHost host, UnitId unit) =>
        await host.Registry.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), ActorHost.Ask);

    [Fact]
    public async Task A_case_recovers_its_state_and_deadline_and_one_that_passed_while_down_escalates_by_itself()
    {
        using var db = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var waiting = CaseId.New(clock.GetUtcNow());
        var acknowledged = CaseId.New(clock.GetUtcNow());

        await using (var first = await ActorHost.StartAsync(db.DatabasePath, clock))
        {
            Assert.Null((await Send(first, waiting, TestCases.Report(clock, "081200000001"))).Rejection);
            Assert.Null((await Send(first, acknowledged, TestCases.Report(clock, "081200000002"))).Rejection);
            var ack = await Send(first, acknowledged, new Acknowledge(Pamulang, Sari));
            Assert.Equal(CaseState.Acknowledged, ack.Case!.State);
            Assert.Equal(clock.GetUtcNow() + SlaPolicy.Default.P1.Dispatch, ack.Case.Deadline);
            Assert.Equal(2, (await Queue(first, Pamulang)).Cases.Count);
        }

        // Down past the acknowledge deadline (1 min) but not the dispatch deadline (3 min).
        clock.Advance(TimeSpan.FromMinutes(2));

        await using var second = await ActorHost.StartAsync(db.DatabasePath, clock);
        // Nobody touches the cases: they come back by themselves and the overdue one climbs to the Polres.
        var polres = await Eventually.Until(() => Queue(second, TangerangSelatan), q => q.Cases.Any(c => c.CaseId == waiting),
            what: "the overdue case reaches the Polres queue");
        var escalated = polres.Cases.Single(c => c.CaseId == waiting);
        Assert.Equal(1, escalated.EscalationLevel);
        Assert.Equal(TangerangSelatan, escalated.ResponsibleUnitId);
        Assert.Equal(clock.GetUtcNow() + SlaPolicy.Default.P1.StageLength(Milestone.Acknowledge), escalated.Deadline);
        Assert.DoesNotContain(polres.Cases, c => c.CaseId == acknowledged);

        var recovered = (await second.Registry.Get<CaseRegion>().Ask<CaseReply>(new GetCase(acknowledged), ActorHost.Ask)).Case!;
        Assert.Equal(CaseState.Acknowledged, recovered.State);
        Assert.Equal(0, recovered.Level);
        Assert.Equal(recovered.OpenedAt + SlaPolicy.Default.P1.Dispatch, recovered.Deadline);
        Assert.Equal(["opened", "acknowledged"], recovered.Timeline.Select(e => e is CaseOpened ? "opened" : "acknowledged"));

        var climbed = (await second.Registry.Get<CaseRegion>().Ask<CaseReply>(new GetCase(waiting), ActorHost.Ask)).Case!;
        var escalation = Assert.IsType<CaseEscalated>(climbed.Timeline[^1]);
        Assert.Equal((Pamulang, TangerangSelatan, Milestone.Acknowledge), (escalation.From, escalation.To, escalation.Missed));
    }

    [Fact]
    public async Task A_case_recovers_the_same_state_from_its_events_with_every_acting_person_whole()
    {
        using var db = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var id = CaseId.New(clock.GetUtcNow());
        Case before;
        await using (var first = await ActorHost.StartAsync(db.DatabasePath, clock))
        {
            await Send(first, id, TestCases.Report(clock, "081200000003"));
            await Send(first, id, new Acknowledge(Pamulang, Sari));
            await Send(first, id, new Dispatch(TangerangSelatan, Dewi, "Patroli 2"));
            before = (await Send(first, id, new Arrive(Pamulang, Sari))).Case!;
        }
        await using var second = await ActorHost.StartAsync(db.DatabasePath, clock);
        var after = (await second.Registry.Get<CaseRegion>().Ask<CaseReply>(new GetCase(id), ActorHost.Ask)).Case!;
        Assert.Equal(CaseState.OnScene, after.State);
        Assert.Equal(before.Deadline, after.Deadline);
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        Assert.Equal(before.Interaction, after.Interaction);
        Assert.Equal([Sari, Dewi, Sari], after.Timeline.OfType<CaseActed>().Select(e => e.Officer));
    }
}
