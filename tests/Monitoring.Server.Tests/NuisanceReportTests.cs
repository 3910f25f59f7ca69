using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests;

public sealed class NuisanceReportTests : ServerTest
{
    private const string Tangsel = "polres-tangerang-selatan";
    private const string Prankster = "081410000001";
    private const string Ghost = "081410000002";
    private static readonly object InTangsel = new { latitude = -6.34348, longitude = 106.66769 };

    /// <summary>A prankster without a location (the Polda's triage) climbs every rung; a second number pranks and stays
    /// silent in Tangerang Selatan, where a report and an information call come in too.</summary>
    private async Task<string> RecordTheHourAsync()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var i = 0; i < 3; i++) await Api.RecordAsync(new { callerNumber = Prankster, kind = "prank", receivedAt = start.AddMinutes(i) });
        await Api.RecordAsync(new { callerNumber = Ghost, kind = "prank", location = InTangsel, receivedAt = start.AddMinutes(5) });
        await Api.RecordAsync(new { callerNumber = Ghost, kind = "silent", location = InTangsel, receivedAt = start.AddMinutes(6) });
        await Api.RecordAsync(Api.Report(caller: "081410000003"));
        await Api.RecordAsync(new { callerNumber = "081410000004", kind = "information", location = InTangsel });
        return $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
    }

    [Fact]
    public async Task Pranks_silent_and_genuine_calls_stand_beside_the_numbers_the_ladder_warned_flagged_and_screened()
    {
        var period = await RecordTheHourAsync();
        var report = await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/nuisance?groupBy=polres&{period}"),
            r => r.GetProperty("total").GetProperty("calls").GetInt32() == 7);

        var total = report.GetProperty("total");
        Assert.Equal("polda-metro-jaya", total.GetProperty("group").GetString());
        Assert.Equal((4, 1, 2), (Count(total, "prank"), Count(total, "silent"), Count(total, "genuine")));
        Assert.Equal(4.0 / 7, total.GetProperty("shares").GetProperty("prank").GetDouble(), 6);
        Assert.Equal((1, 1, 1), (Reached(total, "warned"), Reached(total, "flagged"), Reached(total, "screened")));

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["(triage)", Tangsel], rows.Select(r => r.GetProperty("group").GetString()));
        Assert.Equal((3, 3, 1), (rows[0].GetProperty("calls").GetInt32(), Count(rows[0], "prank"), Reached(rows[0], "screened")));
        Assert.Equal((4, 2, 0), (rows[1].GetProperty("calls").GetInt32(), Count(rows[1], "genuine"), Reached(rows[1], "warned")));

        var warned = report.GetProperty("rungs").EnumerateArray().Single(r => r.GetProperty("level").GetString() == "warned");
        Assert.Equal((1, 0, 1), (warned.GetProperty("numbers").GetInt32(), warned.GetProperty("genuineCallsAfter").GetInt32(),
            warned.GetProperty("nuisanceCallsAfter").GetInt32()));

        // A manager does not see numbers whole.
        Assert.True(report.GetProperty("numbersMasked").GetBoolean());
        var repeaters = report.GetProperty("repeatCallers").EnumerateArray().ToList();
        Assert.Equal(["0814****0001", "0814****0002"], repeaters.Select(r => r.GetProperty("number").GetString()));
        Assert.Equal(("screened", 3), (repeaters[0].GetProperty("highest").GetString(), repeaters[0].GetProperty("nuisanceCalls").GetInt32()));
        Assert.DoesNotContain("81410000001", report.ToString());

        Assert.Equal(0, report.GetProperty("previous").GetProperty("calls").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("change").GetProperty("prank").ValueKind);
        Assert.Contains(report.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("caller.sanctioned"));
    }

    [Fact]
    public async Task A_manager_of_a_polres_reads_only_the_calls_routed_into_its_subtree()
    {
        var period = await RecordTheHourAsync();
        await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/nuisance?{period}"),
            r => r.GetProperty("total").GetProperty("calls").GetInt32() == 7);
        var polres = await Factory.ClientAsAsync(Roles.Manager, Tangsel);

        var report = await polres.GetFromJsonAsync<JsonElement>($"/api/reports/nuisance?groupBy=hour&{period}");
        Assert.Equal(Tangsel, report.GetProperty("unit").GetString());
        var total = report.GetProperty("total");
        Assert.Equal((Tangsel, 4, 1, 1, 2), (total.GetProperty("group").GetString(), total.GetProperty("calls").GetInt32(),
            Count(total, "prank"), Count(total, "silent"), Count(total, "genuine")));
        Assert.Equal(0, Reached(total, "screened"));   // the prankster's calls were routed to the Polda's triage
        Assert.Equal(["0814****0002"], report.GetProperty("repeatCallers").EnumerateArray().Select(r => r.GetProperty("number").GetString()));
        var hours = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.InRange(hours.Count, 2, 3);   // an hour and a minute: the WIB hours it touches
        Assert.Equal(4, hours.Sum(h => h.GetProperty("calls").GetInt32()));
    }

    [Fact]
    public async Task The_csv_has_a_line_per_row_and_the_total_last_and_is_audited()
    {
        var period = await RecordTheHourAsync();
        await Eventually.Until(() => Api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/nuisance?{period}"),
            r => r.GetProperty("total").GetProperty("calls").GetInt32() == 7);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/nuisance?groupBy=polres&{period}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await Api.Manager.SendAsync(request);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("polres,from,to,calls,calls_genuine,calls_prank,calls_silent,calls_hangUp,share_genuine,share_prank,share_silent,share_hangUp,"
                     + "reached_warned,reached_flagged,reached_screened", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("(triage),,,3,0,3,0,0,0,1,0,0,1,1,1", lines[1]);
        Assert.Equal(Tangsel + ",,,4,2,1,1,0,0.5,0.25,0.25,0,0,0,0", lines[2]);
        Assert.StartsWith("polda-metro-jaya,", lines[3]);
        Assert.EndsWith(",7,2,4,1,0,0.286,0.571,0.143,0,1,1,1", lines[3]);

        var export = await LineAsync(await Factory.AdminClientAsync(), "report.nuisance.csv");
        Assert.Equal(("manager", Roles.Manager), (export.Text("userName"), export.Text("role")));
        Assert.EndsWith("by polres", export.Text("detail"));
    }

    private static int Count(JsonElement row, string tally) => row.GetProperty("counts").GetProperty(tally).GetInt32();

    private static int Reached(JsonElement row, string level) => row.GetProperty("reached").GetProperty(level).GetInt32();
}
