using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Tests;

public sealed class PlaceSearchTests
{
    private static readonly PlaceSearch Places = PlaceSearch.Default(VoronoiCoverage.Default(JurisdictionTree.Default.Serving([new UnitId("polda-metro-jaya")])));

    [Fact]
    public void A_name_said_any_way_finds_the_kecamatan_first_then_its_villages_each_routed_to_its_polsek()
    {
        var found = Places.Search("  PÁMULANG ");
        Assert.Equal(("Pamulang", PlaceKind.Kecamatan), (found[0].Name, found[0].Kind));
        Assert.Equal("polsek-pamulang", found[0].Routing.UnitId.Value);
        Assert.Contains(found, p => p is { Name: "Pamulang Barat", Kind: PlaceKind.Village, Within: "Pamulang" });
        Assert.All(found.Where(p => p.Within == "Pamulang"), p => Assert.Equal("polsek-pamulang", p.Routing.UnitId.Value));
        Assert.All(found, p => Assert.False(p.Routing.OutOfCoverage));
    }

    [Fact]
    public void The_whole_name_ranks_before_a_start_and_a_start_before_a_later_word()
    {
        var setu = Places.Search("setu");
        Assert.All(setu.TakeWhile(p => PlaceSearch.Fold(p.Name) == "setu"), p => Assert.Equal("setu", PlaceSearch.Fold(p.Name)));
        Assert.Equal(PlaceKind.Kecamatan, setu[0].Kind);
        Assert.Contains(setu, p => p.Kind == PlaceKind.Village && p.Code == "36.74.07.1002");

        var west = Places.Search("pam bar");
        Assert.Equal("Pamulang Barat", west[0].Name);
        Assert.Contains(Places.Search("barat"), p => p.Name == "Pamulang Barat");
    }

    [Fact]
    public void The_answer_is_short_and_nothing_matches_nothing()
    {
        Assert.Equal(PlaceSearch.MaxResults, Places.Search("a").Count);
        Assert.Empty(Places.Search("zzqx"));
        Assert.Empty(Places.Search(" -- "));
    }
}
