using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Telephony;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class CallActorTests
{
    /// <summary>A ringing call climbs every 300 ms and a form has 600 ms after an answered call ends, so a test waits for
    /// the timers in a moment, by condition.</summary>
    private static void Quick(ActorHost.Settings s) =>
        s.Telephony = new TelephonyOptions { AnswerWithin = TimeSpan.FromMilliseconds(300), WarnAfter = TimeSpan.FromMilliseconds(100), Grace = TimeSpan.FromMilliseconds(600) };

    private static async Task<CallReply> Report(ActorHost host, TelephonyEvent e) =>
        await host.Registry.Get<CallRegion>().AskFor<CallReply>(new ReportCallStep(e), ActorHost.Ask);

    private static async Task<CallSnapshot> Get(ActorHost host, CallId id) =>
        (await host.Registry.Get<CallRegion>().AskFor<CallReply>(new GetCall(id), ActorHost.Ask)).Call;

    private static long Events(ActorHost host, CallId id, string manifest) =>
        host.Execute<long>($"SELECT count(*) FROM journal WHERE persistence_id = 'call-{id.Value}' AND manifest = '{manifest}'");

    private static async Task<IReadOnlyList<Monitoring.Domain.Callers.CallerEntry>> History(ActorHost host, string number) =>
        (await host.Registry.Get<CallerRegion>().AskFor<CallerReputation>(new GetReputation(new CallerNumber(number)), ActorHost.Ask)).Recent;

    [Fact]
    public async Task Steps_sent_twice_and_out_of_order_are_recorded_once_in_time_order_and_survive_a_restart()
    {
        using var db = new TempFolder();
        var id = new CallId($"dup-{Guid.NewGuid():N}@10.0.0.1");
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-30);
        var number = new CallerNumber("+6281277770001");
        CallSnapshot last;
        await using (var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick))
        {
            var answered = new TelephonyEvent(id, CallStep.Answered, t0.AddSeconds(4), AgentId: "ext-201");
            Assert.Equal((CallStatus.Answered, (DateTimeOffset?)null), ((await Report(host, answered)).Call.State, (await Report(host, answered)).Call.OfferedAt));
            var offered = new TelephonyEvent(id, CallStep.Offered, t0, number);
            var first = await Report(host, offered);
            last = (await Report(host, offered)).Call;
            Assert.Equal(first.Call, last);
            Assert.Equal((t0, t0.AddSeconds(4), "ext-201"), (last.OfferedAt!.Value, last.AnsweredAt!.Value, last.AgentId));
            var before = await Report(host, new TelephonyEvent(id, CallStep.Ended, t0.AddSeconds(2)));
            Assert.Equal(ErrorCodes.StepOrder, before.Refusal?.Code);
            Assert.Equal(2L, Events(host, id, "call.step"));
        }
        await using var again = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        Assert.Equal(last, await Get(again, id));
    }

    [Fact]
    public async Task A_ringing_call_moves_up_its_chain_at_each_target_and_stays_at_Mabes()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        var id = new CallId($"ring-{Guid.NewGuid():N}");
        // In Setu, Tangerang Selatan: its Polsek, the Polres, the Polda, Mabes.
        var ringing = await Report(host, new TelephonyEvent(id, CallStep.Offered, DateTimeOffset.UtcNow, new CallerNumber("+6281277770002"),
            Location: new NetworkLocation(-6.34348, 106.66769, 500, LocationSource.Cell)));
        Assert.Equal((CallStatus.Ringing, "polres-tangerang-selatan"), (ringing.Call.State, CallChain.For(VoronoiCoverage.Default(JurisdictionTree.Default),
            ringing.Call.Location)[1].Value));
        var top = await Eventually.Until(() => Get(host, id), c => c.Level == 3, what: "the call at Mabes");
        Assert.Equal("mabes", top.RingsAt.Value);
        await Eventually.Until(() => Task.FromResult(Events(host, id, "call.moved")), n => n == 3, what: "three moves journaled");
        var answered = await Report(host, new TelephonyEvent(id, CallStep.Answered, DateTimeOffset.UtcNow));
        Assert.Equal((3, CallStatus.Answered), (answered.Call.Level, answered.Call.State));
        Assert.Equal(3L, Events(host, id, "call.moved"));
    }

    [Fact]
    public async Task A_call_reported_after_it_has_rung_past_its_whole_chain_has_its_moves_recorded_at_once()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        var id = new CallId($"late-{Guid.NewGuid():N}");
        // No position: the Polda, then Mabes. Offered 2 s ago at 300 ms a level, it stands at Mabes the moment it is heard of,
        // with no move left to time; the move it made is still a step of its record.
        var heard = await Report(host, new TelephonyEvent(id, CallStep.Offered, DateTimeOffset.UtcNow.AddSeconds(-2), new CallerNumber("+6281277770009")));
        Assert.Equal(("mabes", 1), (heard.Call.RingsAt.Value, heard.Call.Level));
        await Eventually.Until(() => Task.FromResult(Events(host, id, "call.moved")), n => n == 1, what: "the move journaled");
    }

    [Fact]
    public async Task An_abandoned_call_is_filed_once_in_the_callers_history_with_no_answer()
    {
        using var db = new TempFolder();
        const string number = "+6281277770003";
        var id = new CallId($"aban-{Guid.NewGuid():N}");
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-20);
        await using (var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick))
        {
            await Report(host, new TelephonyEvent(id, CallStep.Offered, t0, new CallerNumber(number)));
            var ended = await Report(host, new TelephonyEvent(id, CallStep.Abandoned, t0.AddSeconds(6)));
            Assert.Equal(CallStatus.Abandoned, ended.Call.State);
            var filed = await Eventually.Until(() => History(host, number), h => h.Count > 0, what: "the abandoned call filed");
            var entry = Assert.Single(filed).Interaction;
            Assert.Equal((Kind.Abandoned, t0, (DateTimeOffset?)null, Call.IdOf(id)), (entry.Kind, entry.ReceivedAt, entry.AnsweredAt, entry.Id));
            await Eventually.Until(() => Get(host, id), c => c.InteractionId is not null, what: "the filing confirmed");
            await Report(host, new TelephonyEvent(id, CallStep.Ended, t0.AddSeconds(6)));
        }
        await using var again = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        Assert.Equal(Call.IdOf(id), (await Get(again, id)).InteractionId);
        Assert.Single(await History(again, number));
        Assert.Equal(1L, Events(again, id, "call.filed"));
    }

    [Fact]
    public async Task An_answered_call_with_no_form_by_the_grace_is_filed_unclassified_even_across_a_restart()
    {
        using var db = new TempFolder();
        const string number = "+6281277770004";
        var id = new CallId($"grace-{Guid.NewGuid():N}");
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-60);
        await using (var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System,
                         s => s.Telephony = new TelephonyOptions { Grace = TimeSpan.FromMinutes(1) }))
        {
            await Report(host, new TelephonyEvent(id, CallStep.Offered, t0, new CallerNumber(number)));
            await Report(host, new TelephonyEvent(id, CallStep.Answered, t0.AddSeconds(3)));
            await Report(host, new TelephonyEvent(id, CallStep.Ended, t0.AddSeconds(43)));
            Assert.Empty(await History(host, number));
        }
        // Down past the grace: the remembered call starts again by itself and files what is due, asked by nobody.
        await using var again = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        await Eventually.Until(() => Task.FromResult(Events(again, id, "call.filed")), n => n == 1, what: "the unclassified filing");
        var entry = Assert.Single(await History(again, number)).Interaction;
        Assert.Equal((Kind.Unclassified, t0, t0.AddSeconds(3), 40.0), (entry.Kind, entry.ReceivedAt, entry.AnsweredAt!.Value, entry.DurationSeconds));
    }

    [Fact]
    public async Task A_form_takes_the_calls_id_and_times_and_a_second_form_is_refused()
    {
        using var db = new TempFolder();
        const string number = "+6281277770005";
        var id = new CallId($"form-{Guid.NewGuid():N}");
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-20);
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System, Quick);
        var calls = host.Registry.Get<CallRegion>();
        Assert.Equal(ErrorCodes.CallNotFound, (await calls.AskFor<CallFormReply>(new AttachCallForm(id), ActorHost.Ask)).Refusal);
        await Report(host, new TelephonyEvent(id, CallStep.Offered, t0, new CallerNumber(number)));
        await Report(host, new TelephonyEvent(id, CallStep.Answered, t0.AddSeconds(2)));
        var attach = (await calls.AskFor<CallFormReply>(new AttachCallForm(id), ActorHost.Ask)).Attach!;
        Assert.Equal((Call.IdOf(id), t0, t0.AddSeconds(2)), (attach.InteractionId, attach.OfferedAt!.Value, attach.AnsweredAt!.Value));
        await calls.AskFor<CallReply>(new CallFormRecorded(id, Kind.Information), ActorHost.Ask);
        await Report(host, new TelephonyEvent(id, CallStep.Ended, t0.AddSeconds(12)));
        Assert.Equal(ErrorCodes.CallRecorded, (await calls.AskFor<CallFormReply>(new AttachCallForm(id), ActorHost.Ask)).Refusal);
        Assert.Equal(Call.IdOf(id), (await Get(host, id)).InteractionId);
        Assert.Equal(1L, Events(host, id, "call.classified"));
    }
}
