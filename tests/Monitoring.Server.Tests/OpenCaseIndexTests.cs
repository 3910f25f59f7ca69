using Microsoft.Extensions.Time.Testing;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;
using Monitoring.Server.Linking;

namespace Monitoring.Server.Tests;

/// <summary>The node's index of open cases holds only what can still be a candidate, however long the node runs.</summary>
public sealed class OpenCaseIndexTests
{
    private static readonly GeoPoint At = new(-6.34348, 106.66769);

    private static CaseSummary Case(string id, DateTimeOffset opened, CaseState state = CaseState.Open, long version = 1) => new(
        new CaseId(id), version, state, Kind.Report, Category.Fire, Priority.P1, new UnitId("polsek-setu"), new UnitId("polsek-setu"), 0, 0, false,
        new Location(At.Latitude, At.Longitude, null), "Kebakaran", "+6281200000001", opened, opened, opened, opened.AddMinutes(2), Milestone.Acknowledge,
        [new UnitId("polsek-setu")], opened.AddMinutes(2));

    [Fact]
    public void Cases_the_window_has_passed_leave_the_index_open_or_final()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var index = new OpenCaseIndex(LinkingPolicy.Default, clock);
        var now = clock.GetUtcNow();
        index.Update([Case("K-1", now), Case("K-2", now.AddMinutes(-1), CaseState.Resolved), Case("K-old", now - LinkingPolicy.Default.Window - TimeSpan.FromMinutes(1))]);
        Assert.Equal(2, index.Count);
        Assert.Equal(["K-1"], index.Near(At, 100, null).Select(c => c.CaseId.Value));

        clock.Advance(LinkingPolicy.Default.Window + TimeSpan.FromMinutes(2));
        index.Update([Case("K-3", clock.GetUtcNow())]);
        Assert.Equal(1, index.Count);
        Assert.Equal(["K-3"], index.Near(At, 100, new CallerNumber("+6281200000001")).Select(c => c.CaseId.Value));
    }
}
