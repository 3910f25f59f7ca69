using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class RingRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 23, 40, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ten = TimeSpan.FromSeconds(10);
    private static readonly IReadOnlyList<UnitId> Chain =
        [new("polsek-pamulang"), new("polres-tangerang-selatan"), new("polda-metro-jaya"), new("mabes")];

    private static RingPosition After(double seconds) => RingRule.At(T0, Chain, T0.AddSeconds(seconds), Ten);

    [Fact]
    public void A_call_rings_at_its_Polsek_until_exactly_ten_seconds_then_moves_up()
    {
        Assert.Equal(new RingPosition(0, Chain[0], T0.AddSeconds(10)), After(0));
        Assert.Equal(0, After(9.999).Level);
        Assert.Equal(new RingPosition(1, Chain[1], T0.AddSeconds(20)), After(10));
        Assert.Equal(new RingPosition(2, Chain[2], T0.AddSeconds(30)), After(20));
    }

    [Fact]
    public void At_Mabes_it_stays_and_nothing_more_is_due()
    {
        Assert.Equal(new RingPosition(3, Chain[3], null), After(30));
        Assert.Equal(new RingPosition(3, Chain[3], null), After(3600));
    }

    [Fact]
    public void An_offer_ahead_of_the_clock_rings_at_the_first_point()
    {
        Assert.Equal(0, After(-5).Level);
    }

    [Fact]
    public void An_answered_call_stays_where_it_was_answered()
    {
        var call = new[] { new CallStepRecorded(new TelephonyEvent(new CallId("c"), CallStep.Offered, T0, new CallerNumber("+6281234567890"))),
                new CallStepRecorded(new TelephonyEvent(new CallId("c"), CallStep.Answered, T0.AddSeconds(12))) }
            .Aggregate(Call.Empty(new CallId("c")), (c, e) => c.Apply(e));
        Assert.Equal(new RingPosition(1, Chain[1], null), call.Position(Chain, T0.AddMinutes(5), Ten));
    }

    [Fact]
    public void The_chain_climbs_from_the_covering_Polsek_or_from_the_Polda_without_a_location()
    {
        var map = VoronoiCoverage.Default(JurisdictionTree.Default);
        var setu = CallChain.For(map, new NetworkLocation(-6.34348, 106.66769, 800, LocationSource.Cell));
        Assert.Equal(4, setu.Count);
        Assert.Equal(["polres-tangerang-selatan", "polda-metro-jaya", "mabes"], setu.Select(u => u.Value).ToArray()[1..]);
        Assert.StartsWith("polsek-", setu[0].Value);
        Assert.Equal(["polda-metro-jaya", "mabes"], CallChain.For(map, null).Select(u => u.Value));
    }
}
