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
        .Select(r => r.Chain.First(id => Tree.Get(id).Level == UnitLevel.Polda))];

    private static TrafficArea Area(string text) => TrafficArea.Find(text, Tree).Area ?? throw new ArgumentException(text);

    [Fact]
    public void Every_Polda_sends_reports_in_proportion_to_its_villages()
    {
        const int cases = 20_000;
        var villageShare = VoronoiCoverage.DefaultVillages.GroupBy(v => TrafficArea.PoldaOfKecamatan(Tree)[v.KecamatanCode])
            .ToDictionary(g => g.Key, g => g.Count() / (double)VoronoiCoverage.DefaultVillages.Count);
        var routed = RoutedPoldas(new TrafficModel(new Random(110)), cases).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count() / (double)cases);

        Assert.Equal(Tree.Units.Where(u => u.Level == UnitLevel.Polda).Select(u => u.Id).Order(), villageShare.Keys.Order());
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
        Assert.Equal(Tree.Units.Where(u => u.Level == UnitLevel.Polda), all.Poldas);
        Assert.Equal(VoronoiCoverage.DefaultVillages, TrafficArea.Everywhere(Tree).Villages);
    }

    [Fact]
    public void A_Polda_named_twice_or_in_capitals_is_one()
    {
        var polda = Tree.Units.First(u => u.Level == UnitLevel.Polda);
        var area = Area($"{polda.Id.Value.ToUpperInvariant()}, {polda.Id}");
        var polsek = Tree.Units.Where(u => u.Level == UnitLevel.Polsek).ToDictionary(u => u.AreaCode!, u => u.Id);

        Assert.Equal([polda], area.Poldas);
        Assert.NotEmpty(area.Villages);
        Assert.All(area.Villages, v => Assert.True(Tree.IsWithin(polsek[v.KecamatanCode], polda.Id), v.ToString()));
    }

    [Theory]
    [InlineData("polda-atlantis", "--polda 'polda-atlantis' names no Polda: give 'all' or one or more of ")]
    [InlineData("polres-metro-jakarta-pusat", "--polda 'polres-metro-jakarta-pusat' names no Polda")]
    [InlineData(" , ", "--polda names no Polda")]
    public void A_Polda_that_is_not_in_the_tree_says_which_there_are(string text, string error)
    {
        var (area, said) = TrafficArea.Find(text, Tree);

        Assert.Null(area);
        Assert.Contains(error, said);
        if (said!.Contains("one or more of ", StringComparison.Ordinal))
            Assert.All(Tree.Units.Where(u => u.Level == UnitLevel.Polda), p => Assert.Contains(p.Id.Value, said));
    }
}
