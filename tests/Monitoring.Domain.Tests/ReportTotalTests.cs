using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests;

public sealed class ReportTotalTests
{
    private static UnitId[] Poldas(params string[] ids) => ids.Select(id => new UnitId(id)).ToArray();

    [Fact]
    public void A_center_of_one_polda_totals_under_it_of_every_polda_nationally_and_of_a_few_under_each_of_them()
    {
        Assert.Equal("polda-metro-jaya", ReportTotal.Name(Poldas("polda-metro-jaya"), 36));
        Assert.Equal(ReportTotal.National, ReportTotal.Name(Poldas([.. Enumerable.Range(1, 36).Select(i => $"polda-{i}")]), 36));
        Assert.Equal("polda-bali,polda-metro-jaya", ReportTotal.Name(Poldas("polda-metro-jaya", "polda-bali"), 36));
    }
}
