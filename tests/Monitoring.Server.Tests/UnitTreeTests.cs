using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Units;

namespace Monitoring.Server.Tests;

/// <summary>GET /api/units at national size: the names and tree alone ask no unit, one Polda's subtree, refusals.</summary>
public sealed class UnitTreeTests : ServerTest
{
    private const string Diy = "polda-daerah-istimewa-yogyakarta";

    public UnitTreeTests()
        : base(new Dictionary<string, string?> { ["Monitoring:Jurisdiction:Polda"] = $"polda-metro-jaya,{Diy}" })
    {
    }

    private JurisdictionTree Tree => Factory.Services.GetRequiredService<JurisdictionTree>();

    /// <summary>The unit entities alive on the node, as sharding itself counts them.</summary>
    private async Task<HashSet<string>> StartedUnitsAsync()
    {
        var region = Factory.Services.GetRequiredService<ActorRegistry>().Get<UnitRegion>();
        var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(10));
        return state.Shards.SelectMany(s => s.EntityIds).ToHashSet();
    }

    /// <summary>The Polda on a unit's chain, read from the chain itself.</summary>
    private UnitId? PoldaOnChain(UnitId unit) =>
        Tree.Chain(unit).Select(u => (UnitId?)u).FirstOrDefault(u => Tree.Get(u!.Value).Level == UnitLevel.Polda);

    [Fact]
    public async Task The_tree_without_counts_names_every_unit_with_its_polda_asks_no_unit_and_is_cached()
    {
        var client = Api.Client;
        var before = await StartedUnitsAsync();
        Assert.True(before.Count < Tree.Units.Count(), "some units must still be asleep, or starting none proves nothing");

        var first = await client.GetAsync("/api/units?counts=false");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var names = (await first.Content.ReadFromJsonAsync<List<UnitView>>(Factory.Json))!;
        Assert.Equal(Tree.Units.Select(u => u.Id), names.Select(u => u.UnitId));
        Assert.All(names, u => Assert.Equal(PoldaOnChain(u.UnitId), u.PoldaId));
        Assert.Null(names.Single(u => u.Level == UnitLevel.Mabes).PoldaId);
        Assert.All(names, u => Assert.True(u.OpenCases is null && u.OpenByState is null, $"{u.UnitId} was counted"));
        Assert.Subset(before, await StartedUnitsAsync());
        Assert.Null(first.Headers.Age);

        // The same answer for everyone: the second comes from the output cache, which says how old it is.
        var again = await Factory.ClientAs("wall").GetAsync("/api/units?counts=false");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(again.Headers.Age);

        // Counting one Polda asks each of its units, which starts each one: the observable above would have seen it.
        var counted = await Factory.GetJsonAsync<List<UnitView>>(client, $"/api/units?polda={Diy}");
        Assert.All(counted, u => Assert.NotNull(u.OpenCases));
        Assert.Superset(counted.Select(u => u.UnitId.Value).ToHashSet(), await StartedUnitsAsync());
        Assert.Null((await client.GetAsync($"/api/units?polda={Diy}")).Headers.Age);

        // The whole tree of a center of two Polda is counted down to the Polda only: a country's Polsek are not woken at once.
        var started = await StartedUnitsAsync();
        var asleep = Tree.Units.First(u => u.Level == UnitLevel.Polsek && !started.Contains(u.Id.Value)).Id.Value;
        var whole = await Factory.GetJsonAsync<List<UnitView>>(client, "/api/units");
        Assert.All(whole, u => Assert.Equal(u.Level <= UnitLevel.Polda, u.OpenCases is not null));
        Assert.DoesNotContain(asleep, await StartedUnitsAsync());
    }

    [Fact]
    public async Task One_polda_is_mabes_and_its_subtree_and_an_unknown_one_is_refused_by_name()
    {
        var diy = await Factory.GetJsonAsync<List<UnitView>>(Api.Client, $"/api/units?polda={Diy}&counts=false");
        var expected = Tree.Units.Where(u => u.ParentId is null || Tree.IsWithin(u.Id, new UnitId(Diy))).Select(u => u.Id).ToList();
        Assert.Equal(expected, diy.Select(u => u.UnitId));
        Assert.Contains(diy, u => u.Level == UnitLevel.Polsek);
        Assert.DoesNotContain(diy, u => u.UnitId.Value == "polda-metro-jaya" || u.UnitId.Value == "polres-tangerang-selatan");
        Assert.All(diy.Where(u => u.Level != UnitLevel.Mabes), u => Assert.Equal(Diy, u.PoldaId?.Value));
        // With counts, the same units, and only they are asked.
        var counted = await Factory.GetJsonAsync<List<UnitView>>(Api.Client, $"/api/units?polda={Diy}");
        Assert.Equal(expected, counted.Select(u => u.UnitId));
        Assert.DoesNotContain("polsek-setu-tangerang-selatan", await StartedUnitsAsync());

        foreach (var unknown in new[] { "polda-atlantis", "polres-tangerang-selatan", "polda-bali" })
        {
            var refused = await Api.Client.GetAsync($"/api/units?polda={unknown}&counts=false");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((ErrorCodes.UnitNotFound, "polda"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        }
        var badFlag = await Api.Client.GetAsync("/api/units?counts=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, badFlag.StatusCode);
        Assert.True((await badFlag.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("counts", out _));
    }
}
