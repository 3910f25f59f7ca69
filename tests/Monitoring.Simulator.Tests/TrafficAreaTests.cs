using System.Text.Json;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator.Tests;

/// <summary>Where the simulator's traffic comes from: every Polda by its villages, or the Polda <c>--polda</c> names.</summary>
public sealed class TrafficAreaTests
{
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default;
    private static readonly Lazy<CoverageMap> Coverage = new(() => VoronoiCoverage.Default(Tree));

    /// <summary>The Polda the center routes each of <paramref name="cases"/> reports to, by the default coverage.</summary>
    private static List<UnitId> RoutedPoldas(TrafficModel traffic, int cases) => [.. Enumerable.Range(0, cases)
        .Select(_ => JsonSerializer.SerializeToElement(traffic.NextCase(DateTimeOffset.UtcNow)).GetProperty("location"))
        .Select(l => Coverage.Value.Resolve(new GeoPoint(l.GetProperty("latitude").GetDouble(), l.GetProperty("longitude").GetDouble())))
        .Select(r => Tree.PoldaOf(r.UnitId)!.Value)];

    /// <summary>The Polda a kecamatan's Polsek answers to, through the tree.</summary>
    private static UnitId PoldaOf(string kecamatan) => Tree.PoldaOf(Tree.ByAreaCode(kecamatan)!.Id)!.Value;

    private static TrafficArea Area(string text) => TrafficArea.Find(text, Tree).Area ?? throw new ArgumentException(text);

    [Fact]
    public void Every_Polda_sends_reports_in_proportion_to_its_villages()
    {
        const int cases = 20_000;
        var villageShare = VoronoiCoverage.DefaultVillages.GroupBy(v => PoldaOf(v.KecamatanCode))
            .ToDictionary(g => g.Key, g => g.Count() / (double)VoronoiCoverage.DefaultVillages.Count);
        var routed = RoutedPoldas(new TrafficModel(new Random(110)), cases).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count() / (double)cases);

        Assert.Equal(Tree.Poldas.Select(u => u.Id.Value).Order(), villageShare.Keys.Select(k => k.Value).Order());
        foreach (var (polda, share) in villageShare)
        {
            // Four standard deviations of the draw, and a little for points jittered over a Polda's border.
            var tolerance = 4 * Math.Sqrt(share * (1 - share) / cases) + 0.002;
            Assert.True(Math.Abs(routed.GetValueOrDefault(polda) - share) <= tolerance,
                $"{polda}: {routed.GetValueOrDefault(polda):P2} of the reports, {share:P2} of the villages");
        }
    }

    [Fact]
    public void By_default_and_with_all_the_traffic_comes_from_every_village()
    {
        var all = Area("all");
        Assert.Equal(VoronoiCoverage.DefaultVillages, all.Villages);
        Assert.Equal(Tree.Poldas, all.Poldas);
        Assert.Equal(36, all.Poldas.Count);
        Assert.Equal(VoronoiCoverage.DefaultVillages, TrafficArea.Everywhere(Tree).Villages);
    }

    [Fact]
    public void One_Poldas_traffic_lands_in_its_coverage_for_a_center_serving_it_alone()
    {
        const string diy = "polda-daerah-istimewa-yogyakarta";
        var area = Area($"{diy},{diy}");
        var served = VoronoiCoverage.Default(Tree.Serving([new UnitId(diy)]));
        var model = new TrafficModel(new Random(7), area: area);
        var points = Enumerable.Range(0, 2_000).Select(_ => JsonSerializer.SerializeToElement(model.NextCase(DateTimeOffset.UtcNow)).GetProperty("location"))
            .Select(l => served.Resolve(new GeoPoint(l.GetProperty("latitude").GetDouble(), l.GetProperty("longitude").GetDouble()))).ToList();

        Assert.Equal([diy], area.Poldas.Select(p => p.Id.Value));
        // DIY's villages, and only theirs: about 440 of the country's 83,762.
        Assert.Equal(VoronoiCoverage.DefaultVillages.Count(v => v.KecamatanCode.StartsWith("34.", StringComparison.Ordinal)), area.Villages.Count);
        Assert.All(points, r => Assert.Equal(diy, Tree.PoldaOf(r.UnitId)!.Value.Value));
        // Jittered up to ~300 m, a report from a village on the border with Central Java may fall just outside.
        Assert.True(points.Count(r => r.OutOfCoverage) < points.Count / 50, $"{points.Count(r => r.OutOfCoverage)} outside DIY's coverage");
        Assert.True(points.Select(r => r.UnitId).Distinct().Count() > 60, "spread over DIY's 78 Polsek");
    }

    [Fact]
    public void Two_Polda_share_the_traffic_by_their_villages()
    {
        var area = Area("polda-bali,polda-daerah-istimewa-yogyakarta");
        var routed = RoutedPoldas(new TrafficModel(new Random(5), area: area), 4_000);

        Assert.Equal(["polda-bali", "polda-daerah-istimewa-yogyakarta"], area.Poldas.Select(p => p.Id.Value));
        var bali = area.Villages.Count(v => PoldaOf(v.KecamatanCode).Value == "polda-bali") / (double)area.Villages.Count;
        Assert.InRange(routed.Count(p => p.Value == "polda-bali") / 4_000.0, bali - 0.03, bali + 0.03);
        Assert.All(routed, p => Assert.Contains(p.Value, new[] { "polda-bali", "polda-daerah-istimewa-yogyakarta" }));
    }

    [Theory]
    [InlineData("polda-atlantis")]
    [InlineData("polres-sleman")]
    [InlineData("polda-bali,polda-atlantis")]
    public void A_Polda_that_is_not_in_the_tree_says_which_there_are(string text)
    {
        var (area, said) = TrafficArea.Find(text, Tree);

        Assert.Null(area);
        Assert.StartsWith("--polda names ", said);
        Assert.Contains(text.Split(',')[^1] + ", which is not a Polda id", said);
        Assert.All(Tree.Poldas, p => Assert.Contains(p.Id.Value, said));
    }
}
