using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain;

namespace Monitoring.Server.Tests;

/// <summary>Monitoring:Jurisdiction:Polda: the center of some Polda, of the whole country, and a setting that names no Polda.</summary>
[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class JurisdictionConfigurationTests
{
    private static MonitoringFactory Center(TempFolder folder, string polda) =>
        new(folder.Path, new Dictionary<string, string?> { ["Monitoring:Jurisdiction:Polda"] = polda });

    [Fact]
    public async Task A_center_of_two_polda_routes_within_them_and_knows_no_other()
    {
        using var folder = new TempFolder();
        using var factory = Center(folder, "polda-daerah-istimewa-yogyakarta,polda-bali");
        var api = factory.Api();

        var sleman = await api.RecordAsync(Api.Report(latitude: -7.76749, longitude: 110.40121));
        Assert.Equal(["polsek-depok-sleman", "polres-sleman", "polda-daerah-istimewa-yogyakarta", "mabes"], sleman.UnitChain.Select(u => u.Value));
        var denpasar = await api.RecordAsync(Api.Report(caller: "081234567891", latitude: -8.64864, longitude: 115.24672));
        Assert.Equal(["polda-bali", "mabes"], denpasar.UnitChain.Select(u => u.Value).ToArray()[^2..]);
        // Pamulang is Polda Metro Jaya's, which this center does not serve: the nearest Polda it serves triages.
        var pamulang = await api.RecordAsync(Api.Report(caller: "081234567892"));
        Assert.True(pamulang.OutOfCoverage);
        Assert.Equal(new UnitId("polda-daerah-istimewa-yogyakarta"), pamulang.AssignedUnitId);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/units/polsek-pamulang")).StatusCode);
        var units = await api.Client.GetFromJsonAsync<JsonElement>("/api/units?counts=false");
        Assert.Equal(1 + 2 + 5 + 9 + 78 + 57, units.GetArrayLength());
        Assert.Empty((await api.Client.GetFromJsonAsync<JsonElement>("/api/coverage/search?q=pamulang")).EnumerateArray());
        Assert.Contains((await api.Client.GetFromJsonAsync<JsonElement>("/api/coverage/search?q=depok")).EnumerateArray(),
            p => p.GetProperty("unitId").GetString() == "polsek-depok-sleman");

        // An operator of Polda Bali reads Bali's case and not Sleman's.
        var bali = factory.ClientAs("operator", "polda-bali");
        Assert.Equal(HttpStatusCode.OK, (await bali.GetAsync($"/api/cases/{denpasar.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bali.GetAsync($"/api/cases/{sleman.CaseId}")).StatusCode);
        // Nor is the Bali operator offered it as the same incident, nor may they join a call to it.
        const string nearSleman = "/api/cases/nearby?latitude=-7.76749&longitude=110.40121&category=fire";
        Assert.Empty((await bali.GetFromJsonAsync<JsonElement>(nearSleman)).EnumerateArray());
        Assert.Contains((await api.Client.GetFromJsonAsync<JsonElement>(nearSleman)).EnumerateArray(),
            c => c.GetProperty("caseId").GetString() == sleman.CaseId!.Value.Value);
        var link = await bali.PostAsJsonAsync("/api/interactions", new
        {
            callerNumber = "081234567899", kind = "report", category = "fire", summary = "Api dari Bali",
            location = new { latitude = -7.76749, longitude = 110.40121 }, linkToCaseId = sleman.CaseId!.Value.Value,
        });
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
        Assert.Equal("linkToCaseId", (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(1, (await api.CaseAsync(sleman.CaseId!.Value.Value)).Callers);

        // A manager of Polda Bali reads Bali's response times alone, under Bali's name.
        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        var report = await Eventually.Until(() => factory.ClientAs("manager", "polda-bali").GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy=polda&{period}"),
            r => r.GetProperty("total").GetProperty("cases").GetInt32() >= 1, what: "Bali's case in its manager's report");
        Assert.Equal(["polda-bali"], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("group").GetString()));
        Assert.Equal(("polda-bali", 1), (report.GetProperty("total").GetProperty("group").GetString(), report.GetProperty("total").GetProperty("cases").GetInt32()));

        // The tree's counts are the grant's: Bali's operator counts no unit of DIY; the whole tree counts no Polsek.
        var diyCounted = await bali.GetFromJsonAsync<JsonElement>("/api/units?polda=polda-daerah-istimewa-yogyakarta");
        Assert.All(diyCounted.EnumerateArray(), u => Assert.Equal(JsonValueKind.Null, u.GetProperty("openCases").ValueKind));
        var whole = await api.Client.GetFromJsonAsync<JsonElement>("/api/units");
        Assert.All(whole.EnumerateArray().Where(u => u.GetProperty("level").GetString() == "polsek"),
            u => Assert.Equal(JsonValueKind.Null, u.GetProperty("openCases").ValueKind));
        // DIY's room acts on the one case it triages (Pamulang's); Sleman's is its Polsek's.
        Assert.Equal(1, whole.EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == "polda-daerah-istimewa-yogyakarta").GetProperty("openCases").GetInt32());
    }

    [Fact]
    public async Task The_center_of_the_whole_country_routes_a_report_in_papua_tengah_to_its_polda()
    {
        using var folder = new TempFolder();
        using var factory = Center(folder, "all");
        var ilaga = await factory.Api().RecordAsync(Api.Report(latitude: -3.95757, longitude: 137.64964));
        Assert.False(ilaga.OutOfCoverage);
        Assert.Equal(["polda-papua-tengah", "mabes"], ilaga.UnitChain.Select(u => u.Value).ToArray()[^2..]);
        Assert.Equal(4, ilaga.UnitChain.Count);
    }

    [Fact]
    public async Task A_polda_taken_out_of_the_configuration_keeps_its_cases_in_the_read_model_and_the_reports()
    {
        using var folder = new TempFolder();
        CaseId denpasar;
        using (var before = Center(folder, "polda-metro-jaya,polda-bali"))
            denpasar = (await before.Api().RecordAsync(Api.Report(latitude: -8.64864, longitude: 115.24672))).CaseId!.Value;

        using var after = Center(folder, "polda-metro-jaya");
        var api = after.Api();
        // The projection goes on past the old case's events: a new case and a step of the old one both show.
        var pamulang = (await api.RecordAsync(Api.Report(caller: "081234567893"))).CaseId!.Value;
        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        foreach (var (groupBy, old, kept) in new[] { ("polres", "polsek-denpasar-timur", "polres-tangerang-selatan"), ("polda", "polsek-denpasar-timur", "polda-metro-jaya") })
        {
            var report = await Eventually.Until(() => api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy={groupBy}&{period}"),
                r => r.GetProperty("total").GetProperty("cases").GetInt32() == 2, what: $"both cases in the report by {groupBy}");
            Assert.Equal([kept, old], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("group").GetString()).Order());
        }
        var nuisance = await api.Manager.GetAsync($"/api/reports/nuisance?groupBy=polres&{period}");
        Assert.Equal(HttpStatusCode.OK, nuisance.StatusCode);
        Assert.Equal(pamulang, (await api.CaseAsync(pamulang.Value)).CaseId);
        Assert.Equal(denpasar, (await api.CaseAsync(denpasar.Value)).CaseId);
    }

    [Fact]
    public void A_setting_that_names_no_polda_stops_the_start_naming_it()
    {
        using var folder = new TempFolder();
        using var factory = Center(folder, "polda-bali,polda-atlantis");
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Monitoring:Jurisdiction:Polda", e.ToString());
        Assert.Contains("polda-atlantis", e.ToString());
    }
}
