using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests;

public sealed class ReadSideTests : ServerTest
{
    private sealed record CasePage(List<JsonElement> Items, int Page, int PageSize, int Total);

    private Task<CasePage> ListAsync(string query) => Factory.GetJsonAsync<CasePage>(Api.Client, "/api/cases?" + query);

    [Fact]
    public async Task Cases_are_listed_newest_first_by_unit_state_and_priority_and_paged()
    {
        var setu = await Api.RecordAsync(Api.Report());                                       // Tangerang Selatan, P1
        var gambir = await Api.RecordAsync(Api.Report(latitude: -6.17094, longitude: 106.81882, category: "crime")); // Jakarta Pusat, P2
        var tebet = await Api.RecordAsync(Api.Report(latitude: -6.23147, longitude: 106.85152, category: "traffic"));
        await Api.ActAsync(gambir.CaseId!.Value.Value, "acknowledge", new { unitId = gambir.AssignedUnitId!.Value.Value, officer = "Aiptu Budi" });

        var all = await Eventually.Until(() => ListAsync(""), p => p.Total == 3 && p.Items.Any(i => i.GetProperty("state").GetString() == "acknowledged"));
        Assert.Equal([tebet.CaseId!.Value.Value, gambir.CaseId!.Value.Value, setu.CaseId!.Value.Value],
            all.Items.Select(i => i.GetProperty("caseId").GetString()));

        var polres = await ListAsync("unitId=polres-tangerang-selatan");
        Assert.Equal(setu.CaseId.Value.Value, Assert.Single(polres.Items).GetProperty("caseId").GetString());
        Assert.Equal(3, (await ListAsync("unitId=polda-metro-jaya")).Total);
        Assert.Equal(gambir.CaseId.Value.Value, Assert.Single((await ListAsync("state=acknowledged")).Items).GetProperty("caseId").GetString());
        Assert.Equal(tebet.CaseId.Value.Value, Assert.Single((await ListAsync("priority=P3")).Items).GetProperty("caseId").GetString());

        var second = await ListAsync("pageSize=2&page=2");
        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
        Assert.Equal(setu.CaseId.Value.Value, Assert.Single(second.Items).GetProperty("caseId").GetString());
        Assert.Equal(0, (await ListAsync("from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z")).Total);

        var bad = await Api.Client.GetAsync("/api/cases?state=asleep&page=0&unitId=polsek-atlantis&from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "state", "page", "unitId", "from" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
    }

    [Fact]
    public async Task Each_milestone_is_kept_with_its_time_from_the_call()
    {
        var receivedAt = DateTimeOffset.UtcNow.AddSeconds(-30);
        var report = new
        {
            callerNumber = "0817000000", kind = "report", category = "accident", summary = "Tabrakan beruntun",
            location = new { latitude = -6.17094, longitude = 106.81882 }, receivedAt, answeredAt = receivedAt.AddSeconds(5),
        };
        var intake = await Api.RecordAsync(report);
        var id = intake.CaseId!.Value.Value;
        var unit = intake.AssignedUnitId!.Value.Value;
        await Api.ActAsync(id, "acknowledge", new { unitId = unit, officer = "Aiptu Budi" });

        var seconds = await Eventually.Until(() => Task.FromResult(MilestoneSeconds(id, "acknowledged")), s => s is not null);
        Assert.InRange(seconds!.Value, 30, 120);
    }

    private double? MilestoneSeconds(string caseId, string milestone) =>
        TestStorage.Scalar<double?>(Factory.Folder, "SELECT \"SecondsFromReceived\" FROM rm_case_milestone WHERE \"CaseId\" = @id AND \"Milestone\" = @m",
            new LinqToDB.Data.DataParameter("id", caseId), new LinqToDB.Data.DataParameter("m", milestone));
}
