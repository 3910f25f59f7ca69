using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Domain.Coverage;

namespace Monitoring.Server.Tests.Coverage;

/// <summary>A center serving one Polda (the tests' Metro Jaya): its map without a Polda named is that Polda's areas, as before.</summary>
public sealed class OnePoldaAreasTests : ServerTest
{
    [Fact]
    public async Task Without_a_polda_the_areas_are_every_area_the_same_as_naming_the_one_polda()
    {
        var client = Factory.ClientAs("operator", "mabes");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/coverage/areas");
        var named = await client.GetFromJsonAsync<JsonElement>("/api/coverage/areas?polda=polda-metro-jaya");

        Assert.Equal(Factory.Services.GetRequiredService<CoverageMap>().Areas.Count, all.GetProperty("features").GetArrayLength());
        Assert.Equal(all.GetRawText(), named.GetRawText());
    }
}
