using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

/// <summary>The national tree and its shipped coverage, as a deployment serving every Polda sees them.</summary>
public sealed class NationalCoverageTests
{
    private static readonly JurisdictionTree Nation = JurisdictionTree.Default;
    private static readonly CoverageMap Map = VoronoiCoverage.Default(Nation);

    private static IEnumerable<Unit> At(UnitLevel level) => Nation.Units.Where(u => u.Level == level);

    [Fact]
    public void Every_kecamatan_has_one_polsek_under_one_polres_under_one_polda()
    {
        Assert.Equal(36, At(UnitLevel.Polda).Count());
        Assert.Equal(514, At(UnitLevel.Polres).Count());
        Assert.Equal(7285, At(UnitLevel.Polsek).Select(u => u.AreaCode).Distinct().Count());
        Assert.Equal(7285, At(UnitLevel.Polsek).Count());
        Assert.All(At(UnitLevel.Polsek), u => Assert.Equal(UnitLevel.Polres, Nation.Get(u.ParentId!.Value).Level));
        Assert.All(At(UnitLevel.Polres), u => Assert.Equal(UnitLevel.Polda, Nation.Get(u.ParentId!.Value).Level));
        Assert.All(At(UnitLevel.Polda), u => Assert.Equal(Nation.Root.Id, u.ParentId));
        Assert.Equal(At(UnitLevel.Polsek).Count() + At(UnitLevel.Polres).Count() + 37, Nation.Units.Count());
    }

    [Fact]
    public void A_polsek_sits_in_its_regencys_polres_but_for_the_exceptions_in_the_data()
    {
        var moved = new[] { "36.03.13", "36.03.15", "36.03.16", "36.03.17", "36.03.20", "36.03.22", "36.03.23", "36.03.28" };
        foreach (var polsek in At(UnitLevel.Polsek).Where(u => !moved.Contains(u.AreaCode)))
            Assert.Equal(polsek.AreaCode![..5], Nation.Get(polsek.ParentId!.Value).AreaCode);
        foreach (var code in moved)
            Assert.Equal(new UnitId("polda-metro-jaya"), Nation.PoldaOf(Polsek(code).Id));
        // Kosambi is named by no source: it stays with its regency's Polres, in Polda Banten.
        Assert.Equal(["polres-tangerang", "polda-banten", "mabes"], Nation.Chain(Polsek("36.03.14").Id).Select(u => u.Value).ToArray()[1..]);
    }

    [Fact]
    public void Polda_metro_jaya_keeps_its_ids_and_each_polda_carries_its_province_code()
    {
        Assert.Equal(["polsek-pamulang", "polres-tangerang-selatan", "polda-metro-jaya", "mabes"],
            Nation.Chain(new UnitId("polsek-pamulang")).Select(u => u.Value));
        Assert.Equal(118, Nation.Units.Count(u => u.Level == UnitLevel.Polsek && Nation.PoldaOf(u.Id) == new UnitId("polda-metro-jaya")));
        Assert.Equal("34", Nation.Get(new UnitId("polda-daerah-istimewa-yogyakarta")).AreaCode);
        Assert.Equal("51", Nation.Get(new UnitId("polda-bali")).AreaCode);
        Assert.Equal(["polsek-depok-sleman", "polres-sleman", "polda-daerah-istimewa-yogyakarta", "mabes"], Nation.Chain(Polsek("34.04.07").Id).Select(u => u.Value));
        Assert.Equal("Polsek Depok (Sleman)", Polsek("34.04.07").Name);
        // Papua Selatan and Papua Pegunungan are still policed from Polda Papua; Papua Tengah has a Polda of its own.
        Assert.Equal(new UnitId("polda-papua"), Nation.PoldaOf(Polsek("95.01.01").Id));
        Assert.Equal(new UnitId("polda-papua-tengah"), Nation.PoldaOf(Polsek("94.01.01").Id));
        Assert.Distinct(Nation.Units.Select(u => u.Id));
        // Names too, so a call taker never meets two alike: a kabupaten and its kota share names (Sorong and Kota Sorong).
        Assert.Distinct(Nation.Units.Select(u => u.Name));
        Assert.Equal("Polsek Sorong (Kota Sorong)", Polsek("96.71.01").Name);
    }

    public static TheoryData<string, double, double, string> KecamatanPoints => new()
    {
        // points of ../shared/data/national/kecamatan-points.csv, each inside its kecamatan, two per province
        { "Mesjid Raya", 5.58358, 95.53194, "11.06.09" },
        { "Bintang", 4.53696, 97.09053, "11.04.08" },
        { "Siantan Selatan", 3.13166, 106.23247, "21.05.04" },
        { "Lingga", -0.13634, 104.53298, "21.04.02" },
        { "Nglipar", -7.87199, 110.62781, "34.03.02" },
        { "Piyungan", -7.84498, 110.45465, "34.02.14" },
        { "Dawan", -8.53904, 115.45038, "51.05.04" },
        { "Abang", -8.36351, 115.65878, "51.07.05" },
        { "Mbeliling", -8.60088, 120.08076, "53.15.10" },
        { "Alor Barat Laut", -8.20354, 124.44309, "53.05.02" },
        { "Menyuke", 0.60569, 109.69254, "61.08.06" },
        { "Sungai Tebelian", -0.16169, 111.55889, "61.05.20" },
        { "Sangalla' Utara", -3.06852, 119.91761, "73.18.34" },
        { "Barru", -4.43091, 119.68507, "73.11.03" },
        { "Hoat Sorbay", -5.79097, 132.72221, "81.02.16" },
        { "Wermaktian", -7.64485, 131.24742, "81.03.04" },
        { "Molanikime", -3.56307, 137.67404, "94.02.16" },
        { "Ilaga", -3.95757, 137.64964, "94.05.01" },
        { "Kais Darat", -1.68040, 132.29271, "96.02.15" },
        { "Kepulauan Sembilan", -1.47460, 130.23261, "96.03.16" },
    };

    [Theory]
    [MemberData(nameof(KecamatanPoints))]
    public void A_kecamatan_point_routes_to_its_polsek_and_up_its_polda(string name, double lat, double lon, string code)
    {
        var routing = Map.Resolve(new GeoPoint(lat, lon));
        Assert.False(routing.OutOfCoverage, name);
        Assert.Equal(Polsek(code).Id, routing.UnitId);
        Assert.Equal(Nation.Chain(routing.UnitId), routing.Chain);
    }

    [Fact]
    public void Nearly_every_polsek_station_routes_to_its_own_polsek()
    {
        // Each Polsek's station is its kecamatan's point, which lies inside the kecamatan: the coverage is approximate, and
        // this is how close it comes (the README states the figure).
        var polsek = At(UnitLevel.Polsek).ToList();
        var home = polsek.Count(u => Map.Resolve(u.Station).UnitId == u.Id);
        Assert.True(home >= 0.98 * polsek.Count, $"{home} of {polsek.Count}");
    }

    [Theory]
    [InlineData("Indian Ocean south of Parangtritis", -8.10, 110.32, "polda-daerah-istimewa-yogyakarta")]
    [InlineData("Bali Sea north of Singaraja", -7.95, 115.10, "polda-bali")]
    [InlineData("Arafura Sea off Merauke", -9.2, 140.2, "polda-papua")]
    public void A_point_at_sea_goes_to_the_nearest_polda_for_triage(string name, double lat, double lon, string polda)
    {
        var routing = Map.Resolve(new GeoPoint(lat, lon));
        Assert.True(routing.OutOfCoverage, name);
        Assert.Equal([polda, "mabes"], routing.Chain.Select(u => u.Value));
    }

    [Fact]
    public void A_deployment_of_some_polda_holds_only_their_units_and_coverage()
    {
        var diy = new UnitId("polda-daerah-istimewa-yogyakarta");
        var tree = Nation.Serving([diy, new UnitId("polda-bali")]);
        Assert.Equal(["polda-daerah-istimewa-yogyakarta", "polda-bali"], tree.Poldas.Select(p => p.Id.Value).Order().Reverse());
        Assert.Equal(1 + 2 + 5 + 9 + 78 + 57, tree.Units.Count());
        Assert.Null(tree.Find(new UnitId("polsek-pamulang")));
        Assert.Equal(diy, tree.TriageUnit.Id);
        var map = VoronoiCoverage.Default(tree);
        Assert.Equal(78 + 57, map.Areas.Count);
        // Sleman routes home; Surabaya, outside the deployment, to the nearest Polda served.
        Assert.Equal(Polsek("34.04.07").Id, map.Resolve(new GeoPoint(-7.76749, 110.40121)).UnitId);
        Assert.Equal(new UnitId("polda-bali"), map.Resolve(new GeoPoint(-7.2575, 112.7521)).UnitId);
    }

    [Fact]
    public void Neighbouring_areas_do_not_overlap()
    {
        var areas = VoronoiCoverage.Default(Nation.Serving([new UnitId("polda-daerah-istimewa-yogyakarta"), new UnitId("polda-bali"), new UnitId("polda-jawa-tengah")])).Areas;
        CoverageTests.AssertNoOverlaps(areas);
    }

    [Fact]
    public void Each_polda_ships_an_outline_as_large_as_its_areas_and_holding_its_stations()
    {
        Assert.Equal(36, Map.Outlines!.Count);
        foreach (var polda in Nation.Poldas)
        {
            var outline = Map.Outlines[polda.Id];
            var areas = Map.Areas.Where(a => Nation.PoldaOf(a.UnitId) == polda.Id).ToList();
            Assert.True(outline.IsValid, polda.Id.Value);
            Assert.InRange(outline.Area / areas.Sum(a => a.Geometry.Area), 0.95, 1.05);
            var stations = areas.Select(a => Nation.Get(a.UnitId).Station).ToList();
            Assert.True(stations.Count(s => outline.Covers(outline.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(s.Longitude, s.Latitude)))) >= 0.95 * stations.Count, polda.Id.Value);
        }
        // A deployment of some Polda carries theirs alone.
        Assert.Equal([new UnitId("polda-bali")], VoronoiCoverage.Default(Nation.Serving([new UnitId("polda-bali")])).Outlines!.Keys);
    }

    [Theory]
    [InlineData(null, 36)]
    [InlineData("all", 36)]
    [InlineData(" ALL ", 36)]
    [InlineData("polda-bali", 1)]
    [InlineData("polda-bali, polda-metro-jaya,polda-bali", 2)]
    public void The_served_polda_are_all_or_a_list_of_ids(string? text, int count)
    {
        var (poldas, problem) = ServedPolda.Parse(text, Nation);
        Assert.Null(problem);
        Assert.Equal(count, poldas.Count);
    }

    [Theory]
    [InlineData("polda-atlantis")]
    [InlineData("polres-sleman")]
    [InlineData("polda-bali,mabes")]
    public void A_name_that_is_no_polda_is_refused_by_name(string text)
    {
        var (_, problem) = ServedPolda.Parse(text, Nation);
        Assert.Contains(text.Split(',')[^1], problem);
        Assert.Throws<ArgumentException>(() => ServedPolda.Tree(text, Nation));
    }

    private static Unit Polsek(string code) => At(UnitLevel.Polsek).Single(u => u.AreaCode == code);
}
