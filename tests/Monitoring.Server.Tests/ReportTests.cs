using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests;

public sealed class ReportTests : ServerTest
{
    private const string Polres = "polres-tangerang-selatan";

    [Fact]
    public async Task The_report_groups_cases_by_polres_with_their_milestones_as_json_and_csv()
    {
        var rang = DateTimeOffset.UtcNow.AddSeconds(-40);
        var fire = await Api.RecordAsync(new
        {
            callerNumber = "0814000001", kind = "report", category = "fire", summary = "Kebakaran",
            location = new { latitude = -6.34348, longitude = 106.66769 }, receivedAt = rang, answeredAt = rang.AddSeconds(5),
        });
        await Api.ActAsync(fire.CaseId!.Value.Value, "acknowledge", new { unitId = Polres, officer = "Iptu Dewi" });
        var prank = await Api.RecordAsync(Api.Report(caller: "0814000002", category: "crime"));
        await Api.ActAsync(prank.CaseId!.Value.Value, "cancel", new { unitId = Polres, officer = "Iptu Dewi", reason = "prank", note = "Penelepon mengaku iseng" });
        await Api.RecordAsync(Api.Report(caller: "0814000003", latitude: -6.17094, longitude: 106.81882));
        // Calls that open no case: their answer times count too. The prank two hours ago falls in the previous period.
        await Api.RecordAsync(new { callerNumber = "0814000004", kind = "information", receivedAt = rang, answeredAt = rang.AddSeconds(30) });
        await Api.RecordAsync(new { callerNumber = "0814000005", kind = "silent" });
        var earlier = DateTimeOffset.UtcNow.AddHours(-2);
        await Api.RecordAsync(new { callerNumber = "0814000006", kind = "prank", receivedAt = earlier, answeredAt = earlier.AddSeconds(3) });

        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        var report = await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy=polres&{period}"),
            r => r.GetProperty("rows").GetArrayLength() == 2
                 && Row(r, Polres).GetProperty("milestones").GetProperty("acknowledged").GetProperty("reached").GetInt32() == 1
                 && Row(r, Polres).GetProperty("cancelled").GetProperty("prank").GetInt32() == 1
                 && r.GetProperty("calls").GetProperty("calls").GetInt32() == 5
                 && r.GetProperty("previous").GetProperty("calls").GetProperty("calls").GetInt32() == 1);
        var tangsel = Row(report, Polres);
        Assert.Equal(2, tangsel.GetProperty("cases").GetInt32());
        var acknowledged = tangsel.GetProperty("milestones").GetProperty("acknowledged");
        Assert.InRange(acknowledged.GetProperty("p50").GetDouble(), 40, 100);
        Assert.Equal(1.0, acknowledged.GetProperty("shareWithinTarget").GetDouble());   // within the P1 minute
        Assert.Equal(5.0, tangsel.GetProperty("milestones").GetProperty("answered").GetProperty("p50").GetDouble());
        Assert.Equal("polres-metro-jakarta-pusat", report.GetProperty("rows")[0].GetProperty("group").GetString());

        var targets = report.GetProperty("targets");
        Assert.Equal((10.0, 60.0, 600.0), (targets.GetProperty("answered").GetProperty("P3").GetDouble(),
            targets.GetProperty("acknowledged").GetProperty("P1").GetDouble(), targets.GetProperty("onScene").GetProperty("P1").GetDouble()));
        Assert.Equal((0.9, 0.75), (report.GetProperty("thresholds").GetProperty("green").GetDouble(), report.GetProperty("thresholds").GetProperty("amber").GetDouble()));
        var total = report.GetProperty("total");
        Assert.Equal(("polda-metro-jaya", 3), (total.GetProperty("group").GetString(), total.GetProperty("cases").GetInt32()));
        var calls = report.GetProperty("calls");
        Assert.Equal((1, 1, 3), (calls.GetProperty("byKind").GetProperty("information").GetInt32(), calls.GetProperty("byKind").GetProperty("silent").GetInt32(),
            calls.GetProperty("byKind").GetProperty("report").GetInt32()));
        // Answered after 5 s (the fire) and 30 s (the information call): one of the two within 10 s.
        Assert.Equal((2, 0.5), (calls.GetProperty("answered").GetProperty("reached").GetInt32(), calls.GetProperty("answered").GetProperty("shareWithinTarget").GetDouble()));
        var previous = report.GetProperty("previous");
        Assert.Equal(1.0, previous.GetProperty("calls").GetProperty("answered").GetProperty("shareWithinTarget").GetDouble());
        Assert.Equal(0, previous.GetProperty("total").GetProperty("cases").GetInt32());
        var trend = report.GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal("shift", report.GetProperty("trendStep").GetString());
        Assert.InRange(trend.Count, 1, 2);   // a period of an hour: the shift it lies in, or the two it straddles
        Assert.Equal((3, 5), (trend.Sum(p => p.GetProperty("cases").GetInt32()), trend.Sum(p => p.GetProperty("calls").GetInt32())));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/response-times?groupBy=category");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await Api.Manager.SendAsync(request);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("category,cases,escalations,escalated_polres,escalated_polda,escalated_mabes,alarms,cancelled_prank,cancelled_duplicate,cancelled_withdrawn,answered_count,answered_p50_s", lines[0]);
        Assert.EndsWith(",resolved_target_P1_s,resolved_target_P2_s,resolved_target_P3_s", lines[0].TrimEnd('\r'));
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("crime,1,0,0,0,0,0,1,0,0,", lines[1]);
        Assert.StartsWith("fire,2,", lines[2]);
        Assert.StartsWith("polda-metro-jaya,3,", lines[3]);
        Assert.EndsWith(",14400,86400,259200", lines[3].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("response-times", "from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z", "from", "period_order")]
    [InlineData("response-times", "from=yesterday", "from", "time_format")]
    [InlineData("response-times", "from=2025-01-01T00:00:00Z&to=2026-11-28T00:00:00Z", "from", "period_length")]
    [InlineData("response-times", "to=2200-01-01T00:00:00Z", "to", "time_window")]
    [InlineData("nuisance", "from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z", "from", "period_order")]
    [InlineData("nuisance", "from=2025-01-01T00:00:00Z&to=2026-11-28T00:00:00Z", "from", "period_length")]
    [InlineData("nuisance", "groupBy=week", "groupBy", "unknown_value")]
    [InlineData("nuisance", "groupBy=hour&from=yesterday", "from", "time_format")]
    public async Task Bad_input_to_a_report_is_refused_by_field_with_its_code(string report, string query, string field, string code)
    {
        var response = await Api.Manager.GetAsync($"/api/reports/{report}?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("codes").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_bad_grouping_is_refused_by_field()
    {
        var grouping = await Api.Manager.GetAsync("/api/reports/response-times?groupBy=weather");
        Assert.True((await grouping.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("groupBy", out _));
    }

    private static JsonElement Row(JsonElement report, string group) =>
        report.GetProperty("rows").EnumerateArray().FirstOrDefault(r => r.GetProperty("group").GetString() == group);
}
