using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator.Tests;

public sealed class TrafficModelTests
{
    private static int DistinctCallers(TrafficModel traffic, int calls) => Enumerable.Range(0, calls)
        .Select(_ => JsonSerializer.SerializeToElement(traffic.NextCall(DateTimeOffset.UtcNow)).GetProperty("callerNumber").GetString())
        .Distinct().Count();

    [Fact]
    public void Pranksters_ring_again_so_many_calls_come_from_numbers_heard_before()
    {
        var distinct = DistinctCallers(new TrafficModel(new Random(1)), 2_000);
        // About half of all calls are pranks and silent calls, and most of those come from a number heard before.
        Assert.InRange(distinct, 1_000, 1_600);
    }

    [Fact]
    public void In_the_worst_case_every_call_comes_from_a_new_number() =>
        Assert.Equal(2_000, DistinctCallers(new TrafficModel(new Random(1), newCallersOnly: true), 2_000));

    private static SurgeArea Area(string text) => SurgeArea.Find(text, JurisdictionTree.Default).Area ?? throw new ArgumentException(text);

    [Fact]
    public void A_surges_reports_are_fires_riots_and_accidents_from_all_over_its_Polsek_and_each_routes_to_it()
    {
        var area = Area("polsek-setu-tangerang-selatan");
        var traffic = new TrafficModel(new Random(3));
        var reports = Enumerable.Range(0, 300).Select(_ => JsonSerializer.SerializeToElement(traffic.NextSurgeReport(DateTimeOffset.UtcNow, area))).ToList();

        Assert.All(reports, r => Assert.Equal("report", r.GetProperty("kind").GetString()));
        // What the caller said, in the wall's language: not the category's English name.
        Assert.All(reports, r => Assert.DoesNotContain(r.GetProperty("category").GetString()!, r.GetProperty("summary").GetString()!));
        var categories = reports.GroupBy(r => r.GetProperty("category").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["accident", "fire", "medical", "riot", "traffic"], categories.Keys.Order());
        Assert.True(categories["fire"] > categories["traffic"], string.Join(", ", categories));

        // Routed by a coverage map of its own, not the one the model checks its points with.
        var coverage = VoronoiCoverage.Default(JurisdictionTree.Default);
        var points = reports.Select(r => r.GetProperty("location"))
            .Select(l => new GeoPoint(l.GetProperty("latitude").GetDouble(), l.GetProperty("longitude").GetDouble())).ToList();
        Assert.All(points, p => Assert.Equal("polsek-setu-tangerang-selatan", coverage.Resolve(p).UnitId.Value));
        // Spread over the area, not one spot: the center would otherwise see one incident's callers, not a surge of reports.
        Assert.True(points.Distinct().Count() > 290, $"{points.Distinct().Count()} distinct points");
        Assert.Equal(area.Villages.Count, reports.Select(r => r.GetProperty("location").GetProperty("address").GetString()).Distinct().Count());
    }

    [Fact]
    public void A_surge_spreads_its_reports_evenly_from_its_start_over_its_length() =>
        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(90)],
            Enumerable.Range(0, 3).Select(new SurgePlan(Area("Gambir"), TimeSpan.FromSeconds(30), 3, TimeSpan.FromMinutes(1)).Due));

    [Theory]
    [InlineData("polsek-gambir", "polsek-gambir")]
    [InlineData("POLSEK-GAMBIR", "polsek-gambir")]
    [InlineData("31.71.01", "polsek-gambir")]
    [InlineData("gambir", "polsek-gambir")]
    [InlineData("Polsek Gambir", "polsek-gambir")]
    [InlineData("Setu (Tangerang Selatan)", "polsek-setu-tangerang-selatan")]
    [InlineData("36.74.07", "polsek-setu-tangerang-selatan")]
    [InlineData("Depok (Sleman)", "polsek-depok-sleman")]
    [InlineData("34.04.07", "polsek-depok-sleman")]
    [InlineData("Gamping", "polsek-gamping")]
    public void A_surge_is_sent_to_the_Polsek_named_by_id_area_code_or_kecamatan(string text, string unit) =>
        Assert.Equal(unit, Area(text).Unit.Id.Value);

    [Fact]
    public void An_ambiguous_name_lists_each_Polsek_with_its_Polres_and_Polda()
    {
        var error = SurgeArea.Find("Setu", JurisdictionTree.Default).Error;

        Assert.Contains("polsek-setu-bekasi (Polsek Setu (Kab. Bekasi), Polres Metro Bekasi, Polda Metro Jaya)", error);
        Assert.Contains("polsek-setu-tangerang-selatan (Polsek Setu (Tangerang Selatan), ", error);
        Assert.EndsWith("; give its id.", error);
        // Across the country: Depok is a kecamatan of Sleman and of Cirebon.
        Assert.Contains("polsek-depok-sleman (Polsek Depok (Sleman), Polres Sleman, Polda Daerah Istimewa Yogyakarta)",
            SurgeArea.Find("Depok", JurisdictionTree.Default).Error);
    }

    [Theory]
    [InlineData("Setu", "names more than one Polsek: polsek-setu-bekasi")]
    [InlineData("Atlantis", "names no Polsek")]
    [InlineData("polres-metro-jakarta-pusat", "names no Polsek")]
    public void A_surge_for_no_one_Polsek_says_why(string text, string error) =>
        Assert.Contains(error, SurgeArea.Find(text, JurisdictionTree.Default).Error);
}
