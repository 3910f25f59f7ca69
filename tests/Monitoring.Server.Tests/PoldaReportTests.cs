using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Coverage;

namespace Monitoring.Server.Tests;

/// <summary>A center serving two Polda: the reports group by Polda and total under both, the metrics count each apart.</summary>
public sealed class PoldaReportTests : ServerTest
{
    private const string Diy = "polda-daerah-istimewa-yogyakarta";
    private const string MetroJaya = "polda-metro-jaya";
    private const string Both = Diy + "," + MetroJaya;

    public PoldaReportTests()
        : base(new Dictionary<string, string?> { ["Monitoring:Jurisdiction:Polda"] = $"{MetroJaya},{Diy}" })
    {
    }

    [Fact]
    public async Task A_center_of_two_polda_reports_and_counts_each_apart_and_totals_under_both()
    {
        // A village of Kabupaten Sleman, from the national facts.
        var sleman = VoronoiCoverage.DefaultVillages.First(v => v.KecamatanCode.StartsWith("34.04.", StringComparison.Ordinal)).Point;
        var before = await MetricsScrape.TakeAsync(Api.Manager);
        var jogja = await Api.RecordAsync(Api.Report(caller: "0814100001", latitude: sleman.Latitude, longitude: sleman.Longitude));
        Assert.Equal(Diy, jogja.UnitChain[^2].Value);
        await Api.RecordAsync(Api.Report(caller: "0814100002"));
        await Api.RecordAsync(Api.Report(caller: "0814100003", category: "crime"));
        await Api.RecordAsync(new { callerNumber = "0814100004", kind = "prank", location = new { latitude = sleman.Latitude, longitude = sleman.Longitude } });

        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        var report = await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy=polda&{period}"),
            r => r.GetProperty("total").GetProperty("cases").GetInt32() == 3, what: "the three cases in the report");
        Assert.Equal([(Diy, 1), (MetroJaya, 2)],
            report.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("group").GetString(), r.GetProperty("cases").GetInt32())));
        Assert.Equal("polda", report.GetProperty("groupBy").GetString());
        Assert.Equal(Both, report.GetProperty("total").GetProperty("group").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/response-times?groupBy=polda&{period}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var lines = (await (await Api.Manager.SendAsync(request)).Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("polda,cases,", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{Diy},1,", lines[1]);
        Assert.StartsWith($"{MetroJaya},2,", lines[2]);
        Assert.StartsWith($"\"{Both}\",3,", lines[3]);

        var nuisance = await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/nuisance?groupBy=polda&{period}"),
            r => r.GetProperty("total").GetProperty("calls").GetInt32() == 4, what: "the four calls in the nuisance report");
        var rows = nuisance.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([Diy, MetroJaya], rows.Select(r => r.GetProperty("group").GetString()));
        Assert.Equal((2, 1), (rows[0].GetProperty("calls").GetInt32(), rows[0].GetProperty("counts").GetProperty("prank").GetInt32()));
        Assert.Equal(Both, nuisance.GetProperty("total").GetProperty("group").GetString());

        // A 110 call from a handset in Sleman counts under the Polda its answering chain is in.
        var pbx = new Pbx(Factory.ClientAs("integration"));
        var now = DateTimeOffset.UtcNow;
        await pbx.OkAsync(new
        {
            callId = "polda-1", @event = "offered", at = Pbx.At(now.AddSeconds(-4)), callerNumber = "0814100005",
            location = new { latitude = sleman.Latitude, longitude = sleman.Longitude, radiusMeters = 500, source = "cell" },
        });
        await pbx.OkAsync(new { callId = "polda-1", @event = "answered", at = Pbx.At(now) });

        var after = await MetricsScrape.TakeAsync(Api.Manager);
        double Delta(string key) => after[key] - before[key];
        Assert.Equal((1, 1, 0), (Delta($"monitoring_calls_offered_total{{polda=\"{Diy}\"}}"), Delta($"monitoring_calls_answered_within_target_total{{polda=\"{Diy}\"}}"),
            Delta($"monitoring_calls_offered_total{{polda=\"{MetroJaya}\"}}")));
        Assert.Equal(1, Delta($"monitoring_cases_opened_total{{priority=\"P1\",category=\"fire\",polda=\"{Diy}\"}}"));
        Assert.Equal(1, Delta($"monitoring_cases_opened_total{{priority=\"P1\",category=\"fire\",polda=\"{MetroJaya}\"}}"));
        Assert.Equal(1, Delta($"monitoring_open_cases{{state=\"open\",polda=\"{Diy}\",escalated=\"false\"}}"));
    }
}
