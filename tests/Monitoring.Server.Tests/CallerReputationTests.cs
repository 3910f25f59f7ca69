using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;
using Monitoring.Server.Tests.Auth;
using Monitoring.Testing;

namespace Monitoring.Server.Tests;

/// <summary>The sanction ladder through HTTP: the intake answers with the rung the call put the caller on, the caller's
/// reputation reads it back, and a screened caller's report still opens a case.</summary>
[Collection(nameof(ServerHosts))]
public sealed class CallerReputationTests : IDisposable
{
    private const string Caller = "081277701234";

    private readonly TempFolder _folder = new();
    private readonly MonitoringFactory _factory;

    public CallerReputationTests() => _factory = new MonitoringFactory(_folder.Path);

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private static async Task<JsonElement> Recorded(HttpClient client, object form)
    {
        var response = await client.PostAsJsonAsync("/api/interactions", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Level(JsonElement intake) => intake.GetProperty("reputation").GetProperty("level").GetString()!;

    [Fact]
    public async Task Nuisance_calls_climb_the_ladder_and_a_screened_callers_report_still_opens_a_case()
    {
        var calltaker = await _factory.ClientAsAsync(Roles.CallTaker);
        Assert.Equal("normal", Level(await Recorded(calltaker, new { callerNumber = Caller, kind = "prank" })));
        Assert.Equal("warned", Level(await Recorded(calltaker, new { callerNumber = Caller, kind = "prank" })));
        Assert.Equal("screened", Level(await Recorded(calltaker, new { callerNumber = Caller, kind = "silent" })));

        var report = await Recorded(calltaker, Api.Report(caller: Caller));
        Assert.Equal("screened", Level(report));
        var caseId = report.GetProperty("caseId").GetString();
        Assert.False(string.IsNullOrEmpty(caseId));
        var roops = await _factory.ClientAsAsync(Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await roops.GetAsync($"/api/cases/{caseId}")).StatusCode);

        var reputation = await calltaker.GetFromJsonAsync<JsonElement>("/api/callers/%2B6281277701234");
        Assert.Equal("+6281277701234", reputation.GetProperty("number").GetString());
        var r = reputation.GetProperty("reputation");
        Assert.Equal("screened", r.GetProperty("level").GetString());
        Assert.NotEqual(JsonValueKind.Null, r.GetProperty("screenedUntil").ValueKind);
        var day = r.GetProperty("counts")[0].GetProperty("counts");
        Assert.Equal((2, 1), (day.GetProperty("prank").GetInt32(), day.GetProperty("silent").GetInt32()));
        Assert.True(reputation.GetProperty("recent").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task A_configured_ladder_replaces_the_presets()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Monitoring:Pranks:Rungs:0:Name"] = "strict",
            ["Monitoring:Pranks:Rungs:0:Level"] = "Flagged",
            ["Monitoring:Pranks:Rungs:0:Threshold"] = "1",
            ["Monitoring:Pranks:Rungs:0:Counts:0"] = "Prank",
            ["Monitoring:Pranks:Rungs:0:Window"] = "7.00:00:00",
        });
        var calltaker = await factory.ClientAsAsync(Roles.CallTaker);
        Assert.Equal("normal", Level(await Recorded(calltaker, new { callerNumber = Caller, kind = "silent" })));
        Assert.Equal("flagged", Level(await Recorded(calltaker, new { callerNumber = Caller, kind = "prank" })));
    }

    [Fact]
    public async Task A_malformed_number_is_a_problem_naming_the_field()
    {
        var calltaker = await _factory.ClientAsAsync(Roles.CallTaker);
        var response = await calltaker.GetAsync("/api/callers/0812-abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("callerNumber", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
