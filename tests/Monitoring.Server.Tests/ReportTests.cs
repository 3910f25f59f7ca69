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

        var report = await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>("/api/reports/response-times?groupBy=polres"),
            r => r.GetProperty("rows").GetArrayLength() == 2
                 && Row(r, Polres).GetProperty("milestones").GetProperty("acknowledged").GetProperty("reached").GetInt32() == 1
                 && Row(r, Polres).GetProperty("cancelled").GetProperty("prank").GetInt32() == 1);
        var tangsel = Row(report, Polres);
        Assert.Equal(2, tangsel.GetProperty("cases").GetInt32());
        var acknowledged = tangsel.GetProperty("milestones").GetProperty("acknowledged");
        Assert.InRange(acknowledged.GetProperty("p50").GetDouble(), 40, 100);
        Assert.Equal(1.0, acknowledged.GetProperty("shareWithinTarget").GetDouble());   // within the P1 minute
        Assert.Equal(5.0, tangsel.GetProperty("milestones").GetProperty("answered").GetProperty("p50").GetDouble());
        Assert.Equal("polres-metro-jakarta-pusat", report.GetProperty("rows")[0].GetProperty("group").GetString());

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/response-times?groupBy=category");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await Api.Manager.SendAsync(request);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("category,cases,escalations,escalated_polres,escalated_polda,escalated_mabes,alarms,cancelled_prank,cancelled_duplicate,cancelled_withdrawn,answered_count,answered_p50_s", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("crime,1,0,0,0,0,0,1,0,0,", lines[1]);
        Assert.StartsWith("fire,2,", lines[2]);
    }

    [Fact]
    public async Task A_bad_period_or_grouping_is_refused_by_field()
    {
        var response = await Api.Manager.GetAsync("/api/reports/response-times?from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("from", out _));
        var grouping = await Api.Manager.GetAsync("/api/reports/response-times?groupBy=weather");
        Assert.True((await grouping.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("groupBy", out _));
    }

    private static JsonElement Row(JsonElement report, string group) =>
        report.GetProperty("rows").EnumerateArray().FirstOrDefault(r => r.GetProperty("group").GetString() == group);
}
