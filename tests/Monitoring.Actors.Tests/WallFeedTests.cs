using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Cluster.Tools.PublishSubscribe.Internal;
using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Wall;
using Monitoring.Domain;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class WallFeedTests
{
    /// <summary>Where the feed's batches go instead of browsers.</summary>
    private sealed class Received : IWallSink
    {
        public ConcurrentQueue<CaseChanged> Changes { get; } = new();

        public Task PushAsync(IReadOnlyList<CaseChanged> batch)
        {
            foreach (var change in batch) Changes.Enqueue(change);
            return Task.CompletedTask;
        }
    }

    private static async Task<(Received Received, IActorRef Feed, IActorRef Mediator)> StartFeedAsync(ActorHost host)
    {
        var received = new Received();
        var feed = host.System.ActorOf(Props.Create(() => new WallFeed(received, TimeSpan.FromMilliseconds(100), host.ReadModel)));
        var mediator = DistributedPubSub.Get(host.System).Mediator;
        await Eventually.Until(() => mediator.Ask<int>(new CountSubscribers(CaseChanged.Topic), TimeSpan.FromSeconds(5)), n => n == 1,
            what: "the feed subscribed");
        return (received, feed, mediator);
    }

    [Fact]
    public async Task The_feed_remembers_a_change_for_joining_browsers_until_the_read_model_shows_it()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System);
        var (received, feed, mediator) = await StartFeedAsync(host);

        var id = CaseId.New(DateTimeOffset.UtcNow);
        var report = TestCases.Report(new FakeTimeProvider(DateTimeOffset.UtcNow), "081277770000");
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(id, report), TimeSpan.FromSeconds(10))).Rejection);

        await Eventually.Until(() => Task.FromResult(received.Changes.Count), n => n == 1, what: "the change pushed");
        var recent = await feed.Ask<RecentCasesReply>(new RecentCases(null), TimeSpan.FromSeconds(5));
        Assert.Equal(id, Assert.Single(recent.Cases).CaseId);
        Assert.Empty((await feed.Ask<RecentCasesReply>(new RecentCases(new UnitId("polsek-gambir")), TimeSpan.FromSeconds(5))).Cases);

        // Progress is measured by the events projected after the change: other writes go on meanwhile.
        var writer = host.System.ActorOf(Tally.Props("later-writes"));
        await Eventually.Until(async () =>
        {
            await writer.Ask<long>("add", TimeSpan.FromSeconds(5));
            return await feed.Ask<RecentCasesReply>(new RecentCases(null), TimeSpan.FromSeconds(5));
        }, r => r.Cases.Count == 0, within: TimeSpan.FromSeconds(30), what: "the change forgotten");
        // Forgotten only once the read model holds it.
        var (rows, _) = await host.ReadModel.CasesAsync(new(null, null, true, null, null, null, 1, 10));
        Assert.Equal(id, Assert.Single(rows).CaseId);
    }

    [Fact]
    public async Task A_change_that_pub_sub_lost_reaches_the_wall_from_the_read_model_once()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, TimeProvider.System);
        var (received, feed, mediator) = await StartFeedAsync(host);
        // As on a node the others' mediators do not know yet: the feed hears no change at all.
        mediator.Tell(new Unsubscribe(CaseChanged.Topic, feed));
        await Eventually.Until(() => mediator.Ask<int>(new CountSubscribers(CaseChanged.Topic), TimeSpan.FromSeconds(5)), n => n == 0,
            what: "the feed unsubscribed");

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var lost = CaseId.New(DateTimeOffset.UtcNow);
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(lost, TestCases.Report(clock, "081277770001")), TimeSpan.FromSeconds(10))).Rejection);
        var first = await Eventually.Until(() => Task.FromResult(received.Changes.FirstOrDefault(c => c.Case.CaseId == lost)), c => c is not null,
            within: TimeSpan.FromSeconds(30), what: "the lost change pushed from the read model");
        Assert.Equal(WallFeed.CaughtUpChange, first!.Change);
        var stored = (await host.ReadModel.ChangedSinceAsync(DateTime.MinValue, 10)).Single(c => c.CaseId == lost);
        Assert.Equal((stored.Version, stored.State, stored.ResponsibleUnitId), (first.Case.Version, first.Case.State, first.Case.ResponsibleUnitId));

        // A later case read in a later round: by then the first was read again and not pushed twice.
        var later = CaseId.New(DateTimeOffset.UtcNow);
        Assert.Null((await host.Registry.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(later, TestCases.Report(clock, "081277770002")), TimeSpan.FromSeconds(10))).Rejection);
        await Eventually.Until(() => Task.FromResult(received.Changes.Any(c => c.Case.CaseId == later)), c => c,
            within: TimeSpan.FromSeconds(30), what: "the later change pushed");
        Assert.Single(received.Changes, c => c.Case.CaseId == lost);
    }
}
