using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

public sealed class CoverageTests
{
    /// <summary>A center serving Polda Metro Jaya alone, as the other tests' centers do.</summary>
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default.Serving([new UnitId("polda-metro-jaya")]);
    private static readonly CoverageMap Map = VoronoiCoverage.Default(Tree);

    [Fact]
    public void The_tree_has_mabes_one_polda_eleven_polres_and_a_polsek_per_kecamatan_with_eight_of_kabupaten_tangerang()
    {
        Assert.Equal("mabes", Tree.Root.Id.Value);
        Assert.Single(Tree.Units, u => u.Level == UnitLevel.Polda);
        Assert.Equal(11, Tree.Units.Count(u => u.Level == UnitLevel.Polres));
        Assert.Equal(118, Tree.Units.Count(u => u.Level == UnitLevel.Polsek));
        Assert.Equal(["polsek-pamulang", "polres-tangerang-selatan", "polda-metro-jaya", "mabes"],
            Tree.Chain(new UnitId("polsek-pamulang")).Select(u => u.Value));
        Assert.Equal("Polsek Pamulang", Tree.Get(new UnitId("polsek-pamulang")).Name);
        Assert.Equal("36.74.07", Tree.Get(new UnitId("polsek-setu-tangerang-selatan")).AreaCode);
        Assert.Equal("32.16.18", Tree.Get(new UnitId("polsek-setu-bekasi")).AreaCode);
    }

    public static TheoryData<string, double, double, string> InsidePoints => new()
    {
        // the twelve inside points of shared/data/coverage/sample-points.json: name, lat, lon, kecamatan code
        { "Gambir", -6.17094, 106.81882, "31.71.01" },
        { "Koja", -6.12551, 106.90628, "31.72.03" },
        { "Kebon Jeruk", -6.17471, 106.76605, "31.73.05" },
        { "Tebet", -6.23147, 106.85152, "31.74.01" },
        { "Cipayung", -6.31561, 106.90381, "31.75.10" },
        { "Kepulauan Seribu Selatan", -5.797, 106.49626, "31.01.02" },
        { "Karawaci", -6.1755, 106.61599, "36.71.07" },
        { "Setu", -6.34348, 106.66769, "36.74.07" },
        { "Cipayung", -6.42703, 106.80159, "32.76.07" },
        { "Bekasi Barat", -6.23461, 106.96285, "32.75.02" },
        { "Setu", -6.36951, 107.04076, "32.16.18" },
        { "Cikarang Utara", -6.26794, 107.16203, "32.16.09" },
    };

    [Theory]
    [MemberData(nameof(InsidePoints))]
    public void A_sample_point_routes_to_its_kecamatans_polsek(string name, double lat, double lon, string code)
    {
        var routing = Map.Resolve(new GeoPoint(lat, lon));
        var unit = Tree.Get(routing.UnitId);
        Assert.False(routing.OutOfCoverage, name);
        Assert.Equal(UnitLevel.Polsek, unit.Level);
        Assert.Equal(code, unit.AreaCode);
        Assert.Equal(Tree.Chain(unit.Id), routing.Chain);
        Assert.Equal("mabes", routing.Chain[^1].Value);
    }

    [Theory]
    [InlineData("Kota Bogor centre", -6.5971, 106.799)]
    [InlineData("Tigaraksa (Polda Banten)", -6.265, 106.475)]
    [InlineData("Java Sea", -5.9, 107.0)]
    public void A_point_outside_every_coverage_goes_to_the_polda_for_triage(string name, double lat, double lon)
    {
        var routing = Map.Resolve(new GeoPoint(lat, lon));
        Assert.True(routing.OutOfCoverage, name);
        Assert.Equal("polda-metro-jaya", routing.UnitId.Value);
        Assert.Equal(["polda-metro-jaya", "mabes"], routing.Chain.Select(u => u.Value));
    }

    [Fact]
    public void The_default_coverage_has_no_overlaps_between_polsek()
    {
        Assert.Equal(118, Map.Areas.Count);
        AssertNoOverlaps(Map.Areas);
    }

    /// <summary>Every pair of areas meets at most along a line, and every area is a valid polygon.</summary>
    internal static void AssertNoOverlaps(IReadOnlyList<CoverageArea> areas)
    {
        var overlap = 0.0;
        for (var i = 0; i < areas.Count; i++)
        for (var j = i + 1; j < areas.Count; j++)
            if (areas[i].Geometry.EnvelopeInternal.Intersects(areas[j].Geometry.EnvelopeInternal))
                overlap += areas[i].Geometry.Intersection(areas[j].Geometry).Area;
        Assert.True(overlap < 1e-9, $"overlap {overlap} square degrees");
        Assert.All(areas, a => Assert.True(a.Geometry.IsValid, a.UnitId.Value));
    }
}
