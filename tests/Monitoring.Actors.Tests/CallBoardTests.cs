using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Cluster.Tools.PublishSubscribe.Internal;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Telephony;
using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class CallBoardTests
{
    private sealed class Received : ICallSink
    {
        public ConcurrentQueue<CallChanged> Calls { get; } = new();

        public Task PushAsync(CallChanged call)
        {
            Calls.Enqueue(call);
            return Task.CompletedTask;
        }
    }

    private static readonly DateTimeOffset Start = new(2026, 12, 7, 16, 0, 0, TimeSpan.Zero);
    private static readonly UnitId Polsek = new("polsek-setu-tangerang-selatan");

    private static CallChanged Call(string id, long version, CallStatus state, string number, DateTimeOffset offered, DateTimeOffset? ended = null) =>
        new(new CallSnapshot(new CallId(id), true, state, offered, state is CallStatus.Answered or CallStatus.Ended ? offered.AddSeconds(4) : null,
            ended, Polsek, 0, null, new CallerNumber(number), "ext-201", null), version, [Polsek, new UnitId("mabes")]);

    [Fact]
    public async Task The_board_keeps_the_newest_version_of_each_call_lists_the_live_ones_and_finds_a_numbers_latest_call()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System);
        var clock = new FakeTimeProvider(Start);
        var received = new Received();
        var board = host.System.ActorOf(Props.Create(() => new CallBoard(received, clock)));
        var mediator = DistributedPubSub.Get(host.System).Mediator;
        await Eventually.Until(() => mediator.Ask<int>(new CountSubscribers(CallChanged.Topic), TimeSpan.FromSeconds(5)), n => n == 1,
            what: "the board subscribed");

        mediator.Tell(new Publish(CallChanged.Topic, Call("a", 1, CallStatus.Ringing, "+6281200000001", Start)));
        mediator.Tell(new Publish(CallChanged.Topic, Call("a", 2, CallStatus.Answered, "+6281200000001", Start)));
        mediator.Tell(new Publish(CallChanged.Topic, Call("b", 2, CallStatus.Ended, "+6281200000002", Start, Start.AddSeconds(60))));
        // Late and older than what the board holds: dropped, not pushed.
        mediator.Tell(new Publish(CallChanged.Topic, Call("a", 1, CallStatus.Ringing, "+6281200000001", Start)));
        await Eventually.Until(() => Task.FromResult(received.Calls.Count), n => n == 3, what: "three changes pushed");

        var live = await board.Ask<LiveCalls>(new GetLiveCalls(), TimeSpan.FromSeconds(5));
        var only = Assert.Single(live.Calls);
        Assert.Equal(("a", CallStatus.Answered), (only.Call.CallId.Value, only.Call.State));

        // A handset's fix sent two minutes after its call ended finds that call; one from before the call rang does not.
        var found = await board.Ask<LatestCall>(new FindLatestCall(new CallerNumber("+6281200000002"), Start.AddMinutes(3)), TimeSpan.FromSeconds(5));
        Assert.Equal("b", found.Call?.Call.CallId.Value);
        Assert.Null((await board.Ask<LatestCall>(new FindLatestCall(new CallerNumber("+6281200000002"), Start.AddMinutes(-5)), TimeSpan.FromSeconds(5))).Call);
        Assert.Null((await board.Ask<LatestCall>(new FindLatestCall(new CallerNumber("+6281200000009"), Start), TimeSpan.FromSeconds(5))).Call);

        // An hour after its end the ended call is forgotten; the live one stays.
        clock.Advance(CallBoard.Remember + TimeSpan.FromMinutes(2));
        // Asked about the same fix as before: only the board's sweep, not the question's time, can make it miss.
        await Eventually.Until(() => board.Ask<LatestCall>(new FindLatestCall(new CallerNumber("+6281200000002"), Start.AddMinutes(3)), TimeSpan.FromSeconds(5)),
            l => l.Call is null, within: TimeSpan.FromSeconds(20), what: "the ended call forgotten");
        Assert.Single((await board.Ask<LiveCalls>(new GetLiveCalls(), TimeSpan.FromSeconds(5))).Calls);
    }
}
