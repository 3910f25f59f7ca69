using System.Text;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

/// <summary>Official boundaries from a small GeoJSON this test writes itself: squares around each Polsek's station.</summary>
public sealed class GeoJsonCoverageTests
{
    private static readonly JurisdictionTree Tree = JurisdictionTree.Default;
    private const double Half = 0.004;

    private static string Square(GeoPoint c, double half = Half) =>
        FormattableString.Invariant(
            $"[[[{c.Longitude - half},{c.Latitude - half}],[{c.Longitude + half},{c.Latitude - half}],[{c.Longitude + half},{c.Latitude + half}],[{c.Longitude - half},{c.Latitude + half}],[{c.Longitude - half},{c.Latitude - half}]]]");

    private static string Feature(string properties, string coordinates, string type = "Polygon", string? id = null) =>
        "{\"type\":\"Feature\"," + (id is null ? "" : $"\"id\":\"{id}\",") + "\"properties\":{" + properties + "}," +
        $"\"geometry\":{{\"type\":\"{type}\",\"coordinates\":{coordinates}}}}}";

    private static IEnumerable<Unit> Polsek => Tree.Units.Where(u => u.Level == UnitLevel.Polsek);

    private static Stream Collection(IEnumerable<string> features) =>
        new MemoryStream(Encoding.UTF8.GetBytes($$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}"""));

    /// <summary>Every Polsek keyed by Kemendagri code, as government files are, except one keyed by feature id and one by unitId.</summary>
    private static List<string> ValidFeatures()
    {
        var units = Polsek.ToList();
        var features = units[2..].Select(u => Feature($"\"code\":\"{u.AreaCode}\"", Square(u.Station))).ToList();
        features.Add(Feature("\"name\":\"by feature id\"", Square(units[0].Station), id: units[0].AreaCode));
        features.Add(Feature($"\"unitId\":\"{units[1].Id}\"", Square(units[1].Station)));
        return features;
    }

    [Fact]
    public void Features_keyed_by_code_feature_id_or_unit_id_route_each_station_to_its_own_polsek()
    {
        var map = new CoverageMap(Tree, GeoJsonCoverage.Read(Tree, Collection(ValidFeatures())));
        foreach (var u in Polsek)
        {
            var routing = map.Resolve(u.Station);
            Assert.Equal(u.Id, routing.UnitId);
            Assert.False(routing.OutOfCoverage);
        }
        Assert.True(map.Resolve(new GeoPoint(-6.5971, 106.799)).OutOfCoverage);
    }

    [Fact]
    public void A_deployment_of_one_polda_leaves_the_other_polda_features_of_a_national_file_out()
    {
        var metro = Tree.Serving([new UnitId("polda-metro-jaya")]);
        var map = new CoverageMap(metro, GeoJsonCoverage.Read(metro, Collection(ValidFeatures()), Tree));
        Assert.Equal(118, map.Areas.Count);
        Assert.All(map.Areas, a => Assert.True(metro.Contains(a.UnitId)));

        var unknown = ValidFeatures();
        unknown.Add(Feature("\"code\":\"99.99.99\"", Square(new GeoPoint(-6.2, 106.8))));
        var e = Assert.Throws<CoverageException>(() => GeoJsonCoverage.Read(metro, Collection(unknown), Tree));
        Assert.Contains("99.99.99", Assert.Single(e.Problems));
    }

    [Fact]
    public void The_deepest_unit_wins_where_a_polres_feature_overlaps_its_polsek()
    {
        var features = ValidFeatures();
        var polres = Tree.Get(new UnitId("polres-tangerang-selatan"));
        features.Add(Feature($"\"code\":\"{polres.AreaCode}\"", Square(polres.Station, 0.2)));
        var map = new CoverageMap(Tree, GeoJsonCoverage.Read(Tree, Collection(features)));

        var pamulang = Tree.Get(new UnitId("polsek-pamulang"));
        Assert.Equal(pamulang.Id, map.Resolve(pamulang.Station).UnitId);
        var between = new GeoPoint(pamulang.Station.Latitude + 2 * Half, pamulang.Station.Longitude);
        Assert.Equal(polres.Id, map.Resolve(between).UnitId);
    }

    [Fact]
    public void A_feature_matching_no_unit_is_refused_by_name()
    {
        var features = ValidFeatures();
        features.Add(Feature("\"code\":\"99.99.99\"", Square(new GeoPoint(-6, 106))));
        var e = Assert.Throws<CoverageException>(() => GeoJsonCoverage.Read(Tree, Collection(features)));
        Assert.Contains(e.Problems, p => p.Contains("99.99.99") && p.Contains("matches no unit"));
    }

    [Fact]
    public void An_invalid_geometry_is_refused_by_name()
    {
        var features = ValidFeatures();
        const string bowTie = "[[[106.8,-6.2],[106.81,-6.21],[106.81,-6.2],[106.8,-6.21],[106.8,-6.2]]]";
        features[0] = Feature("\"code\":\"31.71.01\"", bowTie);
        var e = Assert.Throws<CoverageException>(() => GeoJsonCoverage.Read(Tree, Collection(features)));
        Assert.Contains(e.Problems, p => p.Contains("31.71.01") && p.Contains("invalid geometry"));
    }

    [Fact]
    public void A_polsek_left_without_coverage_is_refused_by_name()
    {
        var features = ValidFeatures().Where(f => !f.Contains("\"36.74.07\"")).ToList();
        var e = Assert.Throws<CoverageException>(() => GeoJsonCoverage.Read(Tree, Collection(features)));
        Assert.Contains(e.Problems, p => p.Contains("polsek-setu-tangerang-selatan") && p.Contains("no coverage"));
    }

    [Fact]
    public void A_file_that_is_not_geojson_is_refused()
    {
        var e = Assert.Throws<CoverageException>(() => GeoJsonCoverage.Read(Tree, new MemoryStream("{ nope"u8.ToArray())));
        Assert.Contains(e.Problems, p => p.Contains("not valid GeoJSON"));
    }
}
