using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Tests;

[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class CoverageConfigurationTests
{
    /// <summary>A square around every Polsek station of the nation, keyed by Kemendagri code as the government's own files
    /// are: the test center serves Polda Metro Jaya alone and leaves the others' features out.</summary>
    private static string OfficialFile(string folder, Func<Unit, bool>? include = null, string extra = "")
    {
        var features = JurisdictionTree.Default.Units.Where(u => u.Level == UnitLevel.Polsek && (include?.Invoke(u) ?? true))
            .Select(u => "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + u.AreaCode + "\"},\"geometry\":" + Square(u.Station) + "}");
        var path = Path.Combine(folder, "official.geojson");
        File.WriteAllText(path, $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}{{extra}}]}""");
        return path;
    }

    private static string Square(Monitoring.Domain.GeoPoint c)
    {
        const double h = 0.003;
        return FormattableString.Invariant(
            $"{{\"type\":\"Polygon\",\"coordinates\":[[[{c.Longitude - h},{c.Latitude - h}],[{c.Longitude + h},{c.Latitude - h}],[{c.Longitude + h},{c.Latitude + h}],[{c.Longitude - h},{c.Latitude + h}],[{c.Longitude - h},{c.Latitude - h}]]]}}");
    }

    [Fact]
    public async Task Official_boundaries_from_the_configured_geojson_route_intake()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path,
            new Dictionary<string, string?> { ["Monitoring:Coverage:GeoJsonPath"] = OfficialFile(folder.Path) });
        var client = factory.ClientAs("operator", "mabes");
        var pamulang = JurisdictionTree.Default.Get(new("polsek-pamulang")).Station;
        var at = await client.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"/api/coverage/resolve?latitude={pamulang.Latitude}&longitude={pamulang.Longitude}"));
        Assert.Equal("polsek-pamulang", at.GetProperty("unitId").GetString());
        // Between the squares nothing covers: the Polda triages.
        var between = await client.GetFromJsonAsync<JsonElement>(FormattableString.Invariant(
            $"/api/coverage/resolve?latitude={pamulang.Latitude + 0.01}&longitude={pamulang.Longitude}"));
        Assert.True(between.GetProperty("outOfCoverage").GetBoolean());
    }

    [Fact]
    public void The_server_refuses_to_start_on_boundaries_that_leave_a_polsek_uncovered_or_match_no_unit()
    {
        using var folder = new TempFolder();
        var path = OfficialFile(folder.Path, u => u.Id.Value != "polsek-gambir",
            extra: """,{"type":"Feature","properties":{"code":"99.99"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}""");
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { ["Monitoring:Coverage:GeoJsonPath"] = path });
        var e = Assert.Throws<CoverageException>(() => factory.CreateClient());
        Assert.Contains(e.Problems, p => p.Contains("polsek-gambir"));
        Assert.Contains(e.Problems, p => p.Contains("99.99"));
    }

    [Fact]
    public void The_server_refuses_to_start_on_sla_targets_out_of_order()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { ["Monitoring:Sla:P2:Dispatch"] = "00:01:00" });
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Monitoring:Sla:P2:Dispatch", e.ToString());
    }
}
