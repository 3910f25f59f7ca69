using Monitoring.Domain.Telephony;

namespace Monitoring.Domain.Tests;

public sealed class FixMatchTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 23, 0, 0, TimeSpan.Zero);

    private sealed record C(string Id, bool Live, DateTimeOffset? Offered, DateTimeOffset? Ended);

    private static string? Match(DateTimeOffset fix, params C[] calls) => FixMatch.Of(calls, c => (c.Live, c.Offered, c.Ended), fix)?.Id;

    [Fact]
    public void A_fix_joins_the_live_call_else_the_one_ended_last_within_the_hour_that_rang_before_it()
    {
        var ended = new C("ended", false, T0, T0.AddMinutes(2));
        var earlier = new C("earlier", false, T0.AddMinutes(-30), T0.AddMinutes(-29));
        Assert.Equal("live", Match(T0.AddMinutes(3), ended, new C("live", true, T0.AddMinutes(3), null)));
        Assert.Equal("ended", Match(T0.AddMinutes(3), earlier, ended));
        Assert.Equal("ended", Match(T0.AddMinutes(61), ended));
        Assert.Null(Match(T0.AddMinutes(63), ended));            // ended more than an hour before the fix
        Assert.Null(Match(T0.AddMinutes(-5), ended));            // fixed before the call rang
        Assert.Equal("ended", Match(T0.AddSeconds(-30), ended)); // a clock half a minute behind
    }
}
