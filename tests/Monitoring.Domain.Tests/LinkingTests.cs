using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;

namespace Monitoring.Domain.Tests;

public sealed class LinkingTests
{
    [Theory]
    [InlineData(Category.Fire, Category.Fire, true)]
    [InlineData(Category.Fire, Category.Accident, true)]
    [InlineData(Category.Accident, Category.Fire, true)]
    [InlineData(Category.Fire, Category.Insult, false)]
    [InlineData(Category.Insult, Category.Fire, false)]
    [InlineData(Category.Riot, Category.Violence, true)]
    [InlineData(Category.Service, Category.Fire, false)]
    public void The_table_says_which_categories_may_be_one_incident(Category a, Category b, bool same) =>
        Assert.Equal(same, SameIncident.Compatible(a, b));

    [Fact]
    public void Every_pair_is_symmetric() =>
        Assert.All(Enum.GetValues<Category>().SelectMany(a => Enum.GetValues<Category>().Select(b => (a, b))),
            p => Assert.Equal(SameIncident.Compatible(p.a, p.b), SameIncident.Compatible(p.b, p.a)));

    [Fact]
    public void Distance_of_a_thousandth_of_a_degree_of_latitude_is_about_111_meters() =>
        Assert.InRange(Distance.Meters(new GeoPoint(-6.2, 106.8), new GeoPoint(-6.201, 106.8)), 110, 112);
}
