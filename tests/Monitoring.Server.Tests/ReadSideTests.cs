using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Cases;

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

    [Fact]
    public async Task A_case_that_does_not_exist_is_404_and_asking_for_it_writes_nothing()
    {
        var open = await Api.RecordAsync(Api.Report());
        var id = open.CaseId!.Value.Value;
        // The case's filing in the caller's history is the last write its opening makes.
        await Eventually.Until(() => Api.HistoryAsync("081234567890"), h => h.Count == 1);
        var (journal, sharding) = (Factory.JournalRows(), TestStorage.ShardingRows(Factory.Folder));
        Assert.True(sharding > 0, "the open case is remembered");

        for (var i = 0; i < 100; i++)
        {
            var unknown = $"K-261128-{i:X10}";
            Assert.Equal(HttpStatusCode.NotFound, (await Api.Client.GetAsync($"/api/cases/{unknown}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound,
                (await Api.ActAsync(unknown, "acknowledge", new { unitId = "polsek-gambir", officer = "Aiptu Budi" })).StatusCode);
        }
        for (var i = 0; i < 20; i++) Assert.Equal(id, (await Api.CaseAsync(id)).CaseId.Value);

        Assert.Equal((journal, sharding), (Factory.JournalRows(), TestStorage.ShardingRows(Factory.Folder)));
    }

    [Fact]
    public async Task Query_fields_out_of_range_are_refused_by_name_and_a_page_past_the_end_is_empty()
    {
        await Api.RecordAsync(Api.Report());
        await Eventually.Until(() => ListAsync(""), p => p.Total == 1);

        await AssertRefused("/api/cases?open=maybe", "open");
        await AssertRefused("/api/cases?from=0001-01-01T00:00:00Z", "from");
        await AssertRefused("/api/reports/response-times?to=0001-01-01T00:00:00Z", "to");
        await AssertRefused("/api/reports/response-times?from=9999-12-31T00:00:00Z", "from");
        await AssertRefused("/api/reports/response-times?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        await AssertRefused("/api/callers/081234567890/interactions?pageSize=100000", "pageSize");

        await AssertRefused("/api/cases?state=%C2%85", "state");           // a NEL alone is no filter, not "every state"
        await AssertRefused("/api/cases?state=open%E2%80%A8", "state");
        await AssertRefused("/api/cases?unitId=%E3%80%80", "unitId");

        var far = await ListAsync("page=2147483647&pageSize=200");
        Assert.Equal((1, 2147483647), (far.Total, far.Page));
        Assert.Empty(far.Items);
        var open = Assert.Single((await ListAsync("open=true")).Items);
        Assert.Empty((await ListAsync("open=false")).Items);
        // Times in a list carry their offset, as everywhere else in the API: a browser would read them as its own zone.
        Assert.EndsWith("Z", open.GetProperty("openedAt").GetString());
        Assert.EndsWith("Z", open.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task The_closed_cases_are_the_ones_not_open()
    {
        var kept = await Api.RecordAsync(Api.Report());
        var closed = await Api.RecordAsync(Api.Report(category: "crime"));
        // A P2 case: its Polres cancels it.
        var cancel = await Api.ActAsync(closed.CaseId!.Value.Value, "cancel",
            new { unitId = "polres-tangerang-selatan", officer = "Aiptu Budi", reason = "prank", note = "Penelepon mengaku iseng" });
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
        var shut = await Eventually.Until(() => ListAsync("open=false"), p => p.Total == 1);
        Assert.Equal(closed.CaseId.Value.Value, Assert.Single(shut.Items).GetProperty("caseId").GetString());
        Assert.Equal(kept.CaseId!.Value.Value, Assert.Single((await ListAsync("open=true")).Items).GetProperty("caseId").GetString());
        Assert.Equal(2, (await ListAsync("")).Total);
    }

    private async Task AssertRefused(string url, string field)
    {
        var response = await (url.StartsWith("/api/reports") ? Api.Manager : Api.Client).GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{url}: {errors}");
    }

    [Fact]
    public async Task Every_way_of_writing_a_number_is_one_callers_history_paged_newest_first()
    {
        await Api.RecordAsync(new { callerNumber = "+6281234567890", kind = "prank" });
        await Api.RecordAsync(new { callerNumber = "081234567890", kind = "silent" });
        await Api.RecordAsync(new { callerNumber = "6281234567890", kind = "information" });

        var all = await Eventually.Until(() => Api.HistoryAsync("0812 3456 7890".Replace(" ", "")), h => h.Count == 3);
        Assert.All(all, e => Assert.Equal("+6281234567890", e.Interaction.Caller.Value));
        Assert.Equal(["information", "silent", "prank"], all.Select(e => Monitoring.Domain.DomainJson.Name(e.Interaction.Kind)));
        Assert.Equal([null, "081234567890", "6281234567890"], all.Select(e => e.Interaction.CallerNumberAsTyped).Reverse());

        var page = await Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/callers/%2B6281234567890/interactions?page=2&pageSize=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("prank", Assert.Single(page.GetProperty("items").EnumerateArray().ToList()).GetProperty("interaction").GetProperty("kind").GetString());
    }

    /// <summary>The case gets a whole person, from the sign-in over HTTP; the timeline reads each back as journaled, and a
    /// name typed into the body is not what it shows.</summary>
    [Fact]
    public async Task The_timeline_says_who_acted_by_name_NRP_user_id_and_role()
    {
        // A P1 case, so the operator's cancel from the Polsek is one only the role allows.
        var intake = await Api.RecordAsync(Api.Report());
        var caseId = intake.CaseId!.Value;
        var polsek = intake.AssignedUnitId!.Value;
        var sari = new Person("u-sari", "Bripka Sari", "87050123", "officer");
        var rina = new Person("u-rina", "AKP Rina", null, Person.OperatorRole);
        var cases = Factory.Services.GetRequiredService<CaseService>();
        Assert.Null((await cases.SendAsync(caseId, new Acknowledge(polsek, sari))).Rejection);
        await Expect(Api.ActAsync(caseId.Value, "dispatch", new { unitId = polsek.Value, officer = "Aiptu Budi", patrol = "Patroli 1" }));
        Assert.Null((await cases.SendAsync(caseId, new Cancel(polsek, rina, CancelReason.Duplicate, "Sama dengan kasus sebelumnya"))).Rejection);

        var timeline = (await Api.Client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["opened", "acknowledged", "dispatched", "cancelled"], timeline.Select(e => e.GetProperty("type").GetString()));
        string? Who(JsonElement e) => string.Join('|', new[] { "officer", "officerUserId", "officerNrp", "officerRole", "note" }
            .Select(p => e.GetProperty(p).ValueKind == JsonValueKind.Null ? "null" : e.GetProperty(p).GetString()));
        Assert.Equal("Bripka Sari|u-sari|87050123|officer|null", Who(timeline[1]));
        var signedIn = timeline[2].GetProperty("officerUserId").GetString();
        Assert.False(string.IsNullOrEmpty(signedIn));
        Assert.Equal($"{MonitoringFactory.DisplayNameOf("operator", "mabes")}|{signedIn}|null|operator|null", Who(timeline[2]));
        Assert.Equal("AKP Rina|u-rina|null|operator|Sama dengan kasus sebelumnya", Who(timeline[3]));
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private double? MilestoneSeconds(string caseId, string milestone) =>
        TestStorage.Scalar<double?>(Factory.Folder, "SELECT \"SecondsFromReceived\" FROM rm_case_milestone WHERE \"CaseId\" = @id AND \"Milestone\" = @m",
            new LinqToDB.Data.DataParameter("id", caseId), new LinqToDB.Data.DataParameter("m", milestone));
}
