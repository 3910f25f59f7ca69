using Akka.Hosting;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Tally = Monitoring.Domain.Callers.Tally;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class CallerReputationTests
{
    [Fact]
    public async Task A_callers_counts_and_sanctions_survive_a_restart_on_the_same_journal()
    {
        using var db = new TempFolder();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        const string caller = "081266664444";
        var number = new CallerNumber(caller);
        var call = TestCases.Report(clock, caller).Interaction;
        var levels = new List<ReputationLevel>();
        await using (var host = await ActorHost.StartAsync(db.DatabasePath, clock))
        {
            foreach (var (kind, n) in new[] { (Kind.Prank, 1), (Kind.Prank, 2), (Kind.Silent, 3), (Kind.Information, 4) })
            {
                var i = call with { Id = new InteractionId($"i-rep-{n}"), Kind = kind, Category = null, Location = null };
                levels.Add((await host.Registry.Get<CallerRegion>().AskFor<InteractionFiled>(
                    new FileInteraction(number, new CallerEntry(i, null, null)), ActorHost.Ask)).Level);
            }
            var flagged = await host.Registry.Get<CallerRegion>().AskFor<CallerReputation>(new SanctionCaller(number,
                new CallerSanction(SanctionAction.Flag, clock.GetUtcNow(), Person.Named("Aipda Rina"), "Laporan palsu")), ActorHost.Ask);
            Assert.Equal(ReputationLevel.Screened, flagged.Reputation.Level);
        }
        Assert.Equal([ReputationLevel.Normal, ReputationLevel.Warned, ReputationLevel.Screened, ReputationLevel.Screened], levels);

        clock.Advance(TimeSpan.FromDays(2));
        await using var again = await ActorHost.StartAsync(db.DatabasePath, clock);
        var r = await again.Registry.Get<CallerRegion>().AskFor<CallerReputation>(new GetReputation(number), ActorHost.Ask);
        // Two days on the 24 h screening is over; the operator's flag holds, and the week still counts every call apart.
        Assert.Equal(ReputationLevel.Flagged, r.Reputation.Level);
        var week = r.Reputation.Counts[1].Counts;
        Assert.Equal((2, 1, 1), (week[Tally.Prank], week[Tally.Silent], week[Tally.Genuine]));
        Assert.False(r.Reputation.Counts[0].Counts.ContainsKey(Tally.Prank));
        Assert.Equal("Laporan palsu", Assert.Single(r.Reputation.Reasons).Note);
        Assert.Equal(4, r.Recent.Count);
    }
}
