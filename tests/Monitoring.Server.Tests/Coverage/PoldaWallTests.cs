using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Wall;
using Monitoring.Testing;

namespace Monitoring.Server.Tests.Coverage;

/// <summary>A center serving two Polda: each Polda's wall gets its own coverage and its own cases, within the grant; without
/// a Polda the map gets each Polda's outline.</summary>
public sealed class PoldaWallTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Jurisdiction:Polda"] = $"{Diy},{MetroJaya}" })
{
    private const string Diy = "polda-daerah-istimewa-yogyakarta";
    private const string MetroJaya = "polda-metro-jaya";

    /// <summary>Depok (Sleman), 34.04.07, from the national kecamatan points.</summary>
    private const double SlemanLatitude = -7.76617, SlemanLongitude = 110.41066;

    private JurisdictionTree Tree => Factory.Services.GetRequiredService<JurisdictionTree>();

    private static async Task<JsonElement[]> FeaturesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("features").EnumerateArray()];
    }

    private static string UnitOf(JsonElement feature) => feature.GetProperty("properties").GetProperty("unitId").GetString()!;

    [Fact]
    public async Task A_poldas_areas_are_all_of_its_own_and_none_of_another()
    {
        var client = Factory.ClientAs("operator", "mabes");
        var diy = await FeaturesAsync(client, $"/api/coverage/areas?polda={Diy}");
        var metro = await FeaturesAsync(client, $"/api/coverage/areas?polda={MetroJaya}");

        var areas = Factory.Services.GetRequiredService<CoverageMap>().Areas;
        Assert.Equal(areas.Where(a => Tree.IsWithin(a.UnitId, new(Diy))).Select(a => a.UnitId.Value).Order(), diy.Select(UnitOf).Order());
        Assert.Equal(areas.Where(a => Tree.IsWithin(a.UnitId, new(MetroJaya))).Select(a => a.UnitId.Value).Order(), metro.Select(UnitOf).Order());
        Assert.NotEmpty(diy);
        Assert.Contains(metro, f => UnitOf(f) == "polsek-setu-tangerang-selatan");
        Assert.Equal(areas.Count, diy.Length + metro.Length);
    }

    [Fact]
    public async Task An_id_that_is_no_served_polda_is_a_404_naming_the_field()
    {
        var client = Factory.ClientAs("operator", "mabes");
        var polres = Tree.Children(new(Diy))[0].Id.Value;
        foreach (var id in new[] { "polda-atlantis", polres, "polda-bali", "mabes" })
        {
            var response = await client.GetAsync($"/api/coverage/areas?polda={id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("unit_not_found", problem.GetProperty("code").GetString());
            Assert.Equal("polda", problem.GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task A_polda_outside_the_grant_is_refused_even_after_its_areas_were_cached_for_someone_allowed()
    {
        var mabes = Factory.ClientAs("operator", "mabes");
        var metroOperator = await Factory.ClientAsAsync("operator", MetroJaya);
        var slemanPolres = Tree.Get(Factory.Services.GetRequiredService<CoverageMap>().Resolve(new GeoPoint(SlemanLatitude, SlemanLongitude)).UnitId).ParentId!.Value;
        var diyPolresOperator = await Factory.ClientAsAsync("operator", slemanPolres.Value);
        await FeaturesAsync(mabes, $"/api/coverage/areas?polda={Diy}");

        var refused = await metroOperator.GetAsync($"/api/coverage/areas?polda={Diy}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("outside_grant", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.NotEmpty(await FeaturesAsync(metroOperator, $"/api/coverage/areas?polda={MetroJaya}"));
        // An operator of a Polres watches its Polda's wall, not the other's.
        Assert.NotEmpty(await FeaturesAsync(diyPolresOperator, $"/api/coverage/areas?polda={Diy}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await diyPolresOperator.GetAsync($"/api/coverage/areas?polda={MetroJaya}")).StatusCode);
        // The areas are cached (the cache says how old its answer is), and the refusals above were given all the same.
        Assert.NotNull((await mabes.GetAsync($"/api/coverage/areas?polda={Diy}")).Headers.Age);
    }

    [Fact]
    public async Task Without_a_polda_the_map_gets_each_served_poldas_outline_labelled_inside_it()
    {
        var client = Factory.ClientAs("operator", MetroJaya);
        var outlines = await FeaturesAsync(client, "/api/coverage/areas");

        Assert.Equal([Diy, MetroJaya], outlines.Select(UnitOf).Order());
        var coverage = Factory.Services.GetRequiredService<CoverageMap>();
        foreach (var outline in outlines)
        {
            var p = outline.GetProperty("properties");
            Assert.Equal("polda", p.GetProperty("level").GetString());
            var label = coverage.Resolve(new GeoPoint(p.GetProperty("labelLatitude").GetDouble(), p.GetProperty("labelLongitude").GetDouble()));
            Assert.False(label.OutOfCoverage);
            Assert.Contains(new UnitId(UnitOf(outline)), label.Chain);
        }
    }

    [Fact]
    public async Task A_poldas_wall_hears_its_own_cases_only_and_is_refused_to_an_operator_of_another_polda()
    {
        _ = Factory.Server;
        await using var diyWall = new WallWatcher(Factory, await Factory.ClientAs("operator", "mabes").TokenAsync());
        await using var metroWall = new WallWatcher(Factory, await Factory.ClientAs("operator", "mabes").TokenAsync());
        await metroWall.JoinAsync(nameof(WallHub.JoinPoldaWall), MetroJaya);
        await using var stranger = new WallWatcher(Factory, await (await Factory.ClientAsAsync("operator", MetroJaya)).TokenAsync());
        Assert.Empty(await diyWall.JoinAsync(nameof(WallHub.JoinPoldaWall), Diy));
        var refusal = await Assert.ThrowsAsync<HubException>(() => stranger.JoinAsync(nameof(WallHub.JoinPoldaWall), Diy));
        Assert.Contains("outside your grant", refusal.Message);
        await Assert.ThrowsAsync<HubException>(() => stranger.JoinAsync(nameof(WallHub.JoinPoldaWall), "polda-bali"));

        var jakarta = await Api.RecordAsync(Api.Report(caller: "081200000001"));
        var sleman = await Api.RecordAsync(Api.Report(caller: "081200000002", latitude: SlemanLatitude, longitude: SlemanLongitude));

        Assert.Contains(new UnitId(Diy), sleman.UnitChain);
        await Eventually.Until(() => Task.FromResult(diyWall.Changes.Count), n => n > 0, what: "the DIY wall hears the Sleman case");
        await Eventually.Until(() => Task.FromResult(metroWall.Changes.Count), n => n > 0, what: "the Metro Jaya wall hears the Jakarta case");
        // Each change goes to every feed of its chain at once: had the DIY wall been sent the Jakarta case, it would hold it now.
        Assert.All(diyWall.Changes, c => Assert.Equal(sleman.CaseId, c.Case.CaseId));
        Assert.All(metroWall.Changes, c => Assert.Equal(jakarta.CaseId, c.Case.CaseId));
        await using var late = new WallWatcher(Factory, await Factory.ClientAs("operator", "mabes").TokenAsync());
        var snapshot = await Eventually.Until(() => late.JoinAsync(nameof(WallHub.JoinPoldaWall), MetroJaya), s => s.Count == 1);
        Assert.Equal(jakarta.CaseId, snapshot[0].CaseId);
    }
}
