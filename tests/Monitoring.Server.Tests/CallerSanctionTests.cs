using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests;

/// <summary>An operator's flag, screening and clear through HTTP: each answers the reputation after it, is audited and
/// named by the sign-in; a bad one names its field and changes nothing; a screened caller's calls are still taken.</summary>
public sealed class CallerSanctionTests(SharedServer server) : ServerTest(server), IClassFixture<SharedServer>
{
    private static string Soon(TimeSpan ahead) => DateTimeOffset.UtcNow.Add(ahead).ToString("yyyy-MM-ddTHH:mm:ssK");

    private async Task<JsonElement> SanctionAsync(string number, string action, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Api.Client.PostAsJsonAsync($"/api/callers/{number}/{action}", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == expected, $"{action} {number} → {(int)response.StatusCode} {json}");
        return json;
    }

    private static string Level(JsonElement caller) => caller.GetProperty("reputation").GetProperty("level").GetString()!;

    [Fact]
    public async Task Flag_screen_and_clear_each_answer_the_new_reputation_name_the_operator_and_leave_an_audit_line()
    {
        const string number = "081277702001";
        var flagged = await SanctionAsync(number, "flag", new { reason = "Laporan palsu berulang", by = "someone else" });
        Assert.Equal(("+6281277702001", "flagged"), (flagged.GetProperty("number").GetString(), Level(flagged)));
        var reason = flagged.GetProperty("reputation").GetProperty("reasons").EnumerateArray().Single();
        Assert.Equal(("operator", "Laporan palsu berulang"), (reason.GetProperty("source").GetString(), reason.GetProperty("note").GetString()));
        Assert.Equal(MonitoringFactory.DisplayNameOf(Roles.Operator, "mabes"), reason.GetProperty("by").GetProperty("name").GetString());

        var until = DateTimeOffset.UtcNow.AddHours(6);
        var screened = await SanctionAsync(number, "screen", new { reason = "Ancaman", until = until.ToOffset(TimeSpan.FromHours(7)).ToString("O") });
        Assert.Equal("screened", Level(screened));
        Assert.Equal(until, screened.GetProperty("reputation").GetProperty("screenedUntil").GetDateTimeOffset());
        var read = await Factory.GetJsonAsync<JsonElement>(await Factory.ClientAsAsync(Roles.CallTaker), $"/api/callers/{number}");
        Assert.Equal("screened", Level(read));
        Assert.Equal(2, read.GetProperty("reputation").GetProperty("reasons").GetArrayLength());

        var cleared = await SanctionAsync("+6281277702001", "clear", new { reason = "Salah paham, penelepon asli" });
        Assert.Equal("normal", Level(cleared));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("reputation").GetProperty("screenedUntil").ValueKind);
        Assert.Empty(cleared.GetProperty("reputation").GetProperty("reasons").EnumerateArray());

        var admin = await Factory.AdminClientAsync();
        foreach (var action in new[] { "caller.flag", "caller.screen", "caller.clear" })
        {
            var line = await LineAsync(admin, action, "+6281277702001");
            Assert.Equal(("operator.mabes", "allowed", "200"), (line.Text("userName"), line.Text("outcome"), line.Text("status")));
        }
        Assert.StartsWith("until ", (await LineAsync(admin, "caller.screen", "+6281277702001")).Text("detail"));
    }

    [Fact]
    public async Task A_screened_callers_report_still_opens_a_case_and_the_intake_says_screened()
    {
        const string number = "081277702002";
        await SanctionAsync(number, "screen", new { reason = "Ancaman", until = Soon(TimeSpan.FromHours(2)) });
        var calltaker = await Factory.ClientAsAsync(Roles.CallTaker);

        var report = await calltaker.PostAsJsonAsync("/api/interactions", Api.Report(caller: number));
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var opened = await report.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(opened.GetProperty("caseId").GetString()));
        Assert.Equal("screened", Level(opened));

        var prank = await calltaker.PostAsJsonAsync("/api/interactions", new { callerNumber = number, kind = "prank" });
        Assert.Equal(HttpStatusCode.Created, prank.StatusCode);
        Assert.Equal("screened", Level(await prank.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task The_windows_are_named_by_their_hours_and_every_tally_is_counted_even_at_zero()
    {
        const string number = "081277702003";
        await Api.RecordAsync(new { callerNumber = number, kind = "prank" });
        var caller = await Factory.GetJsonAsync<JsonElement>(Api.Client, $"/api/callers/{number}");
        var windows = caller.GetProperty("reputation").GetProperty("counts").EnumerateArray().ToList();
        Assert.Equal([24, 168, 720], windows.Select(w => w.GetProperty("hours").GetInt32()));
        Assert.All(windows, w => Assert.False(w.TryGetProperty("window", out _)));
        var day = windows[0].GetProperty("counts");
        Assert.Equal((1, 0, 0, 0), (day.GetProperty("prank").GetInt32(), day.GetProperty("silent").GetInt32(),
            day.GetProperty("hangUp").GetInt32(), day.GetProperty("genuine").GetInt32()));
    }

    public static TheoryData<string, string, string, string> BadSanctions => new()
    {
        { "flag", "081277702009", """{}""", "reason" },
        { "flag", "081277702009", """{"reason": ""}""", "reason" },
        { "flag", "081277702009", """{"reason": "   "}""", "reason" },
        { "flag", "081277702009", $$"""{"reason": "{{new string('x', 501)}}"}""", "reason" },
        { "flag", "081277702009", """{"reason": "iseng\u0000"}""", "reason" },
        { "clear", "081277702009", """{"reason": "baris\u0007"}""", "reason" },
        { "flag", "081277702009", """{"reason": 42}""", "reason" },
        { "flag", "081277702009", """{"reason": "x", "until": "2030-01-01T00:00:00Z"}""", "until" },
        { "screen", "081277702009", """{"reason": "x"}""", "until" },
        { "screen", "081277702009", """{"reason": "x", "until": "2020-01-01T00:00:00Z"}""", "until" },
        { "screen", "081277702009", $$"""{"reason": "x", "until": "{{Soon(TimeSpan.FromDays(31))}}"}""", "until" },
        { "screen", "081277702009", $$"""{"reason": "x", "until": "{{Soon(TimeSpan.FromHours(2))[..19]}}"}""", "until" },
        { "screen", "081277702009", """{"reason": "x", "until": "besok"}""", "until" },
        { "screen", "081277702009", """{"reason": "x", "until": 1893456000}""", "until" },
        { "screen", "0812-abc", $$"""{"reason": "x", "until": "{{Soon(TimeSpan.FromHours(2))}}"}""", "callerNumber" },
        { "clear", "12345", """{"reason": "x"}""", "callerNumber" },
        { "flag", "081277702009", """["reason"]""", "$" },
        { "flag", "081277702009", """{"reason": "x", "reason": "y"}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(BadSanctions))]
    public async Task A_bad_sanction_is_refused_naming_the_field_and_changes_nothing(string action, string number, string body, string field)
    {
        await Api.RecordAsync(new { callerNumber = "0899999999", kind = "information" });
        var before = Factory.JournalRows();
        var response = await Api.PostRawAsync($"/api/callers/{number}/{action}", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{action} {body}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{action} {body}: {problem}");
        Assert.All(problem.GetProperty("codes").GetProperty(field).EnumerateArray(), c => Assert.Contains(c.GetString()!, ProblemCodeTextsTests.Codes));
        Assert.Equal(before, Factory.JournalRows());
        Assert.Equal("normal", Level(await Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/callers/081277702009")));
    }

    [Fact]
    public async Task A_call_taker_may_read_a_callers_reputation_but_not_sanction_it()
    {
        var calltaker = await Factory.ClientAsAsync(Roles.CallTaker);
        var response = await calltaker.PostAsJsonAsync("/api/callers/081277702004/flag", new { reason = "Iseng" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("normal", Level(await Factory.GetJsonAsync<JsonElement>(calltaker, "/api/callers/081277702004")));
    }
}
