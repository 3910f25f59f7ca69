using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Cases;
using Monitoring.Server.Auth;
using Monitoring.Testing;

namespace Monitoring.Server.Tests;

/// <summary>One incident, one case, through HTTP: candidates near a call, a link by the call taker and by the center,
/// an operator's unlink and merge, and the bad inputs each refuses without recording anything.</summary>
[Collection(nameof(ServerHosts))]
public sealed class LinkingTests : IDisposable
{
    private const double Lat = -6.34348, Lon = 106.66769;
    /// <summary>About 100 m of latitude.</summary>
    private const double Hundred = 0.0009;

    private readonly TempFolder _folder = new();
    private readonly MonitoringFactory _factory;
    private readonly Api _api;

    public LinkingTests()
    {
        _factory = new MonitoringFactory(_folder.Path, new Dictionary<string, string?> { ["Monitoring:Linking:Automatic"] = "true" });
        _api = _factory.Api();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private static object Report(string caller, double latitude = Lat, string category = "fire", string? linkTo = null) => new
    {
        callerNumber = caller, kind = category is "insult" or "threat" or "violence" ? "complaint" : "report", category,
        location = new { latitude, longitude = Lon, address = "Jl. Raya Setu" }, summary = "Asap tebal dari gudang", linkToCaseId = linkTo,
    };

    private async Task<JsonElement> RecordAsync(object form)
    {
        var response = await _api.Client.PostAsJsonAsync("/api/interactions", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> NearbyAsync(double latitude, string category) =>
        await _api.Client.GetFromJsonAsync<JsonElement>(FormattableString.Invariant($"/api/cases/nearby?latitude={latitude}&longitude={Lon}&category={category}"));

    private static string Id(JsonElement intake) => intake.GetProperty("caseId").GetString()!;

    private Task<JsonElement> CaseAsync(string id) => _api.Client.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")!;

    [Fact]
    public async Task Open_cases_near_a_call_of_a_compatible_category_are_its_candidates_nearest_first()
    {
        var first = Id(await RecordAsync(Report("081200000001")));
        var far = Id(await RecordAsync(Report("081200000002", Lat + 2.5 * Hundred, "accident")));

        var near = await Eventually.Until(() => NearbyAsync(Lat + Hundred, "traffic"), n => n.GetArrayLength() == 2, what: "both cases indexed");
        Assert.Equal([first, far], near.EnumerateArray().Select(c => c.GetProperty("caseId").GetString()));
        Assert.InRange(near[0].GetProperty("distanceMeters").GetInt32(), 90, 110);
        Assert.Equal(1, near[0].GetProperty("callerCount").GetInt32());
        Assert.Equal("fire", near[0].GetProperty("category").GetString());
        Assert.Equal((Lat, Lon), (near[0].GetProperty("latitude").GetDouble(), near[0].GetProperty("longitude").GetDouble()));
        Assert.Equal(0, (await NearbyAsync(Lat + Hundred, "insult")).GetArrayLength());
        Assert.Equal(0, (await NearbyAsync(Lat + 10 * Hundred, "fire")).GetArrayLength());

        var problem = await ProblemAsync(await _api.Client.GetAsync($"/api/cases/nearby?latitude=abc&longitude={Lon}&category=fire"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("latitude", out _));
        problem = await ProblemAsync(await _api.Client.GetAsync("/api/cases/nearby?latitude=1&longitude=1&category=%00"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("category", out _));
    }

    [Fact]
    public async Task A_call_linked_by_the_call_taker_joins_the_case_counts_its_caller_and_raises_its_priority()
    {
        var traffic = Id(await RecordAsync(Report("081200000011", category: "traffic")));
        var linked = await RecordAsync(Report("081200000012", Lat + Hundred, "fire", traffic));

        Assert.Equal(traffic, Id(linked));
        Assert.True(linked.GetProperty("linked").GetBoolean());
        Assert.False(linked.GetProperty("linkedAutomatically").GetBoolean());
        Assert.Equal(2, linked.GetProperty("callers").GetInt32());
        var c = await CaseAsync(traffic);
        Assert.Equal((2, "P1"), (c.GetProperty("callers").GetInt32(), c.GetProperty("priority").GetString()));
        var entry = c.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("linked", entry.GetProperty("type").GetString());
        Assert.Equal(linked.GetProperty("interactionId").GetString(), entry.GetProperty("interactionId").GetString());

        // The read model and the call's own history follow: the wall's list shows two callers, the caller's history the case.
        await Eventually.Until(() => _api.Client.GetFromJsonAsync<JsonElement>("/api/cases?open=true"),
            l => l.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("caseId").GetString() == traffic && i.GetProperty("callerCount").GetInt32() == 2),
            what: "the list's caller count");
        var history = await Eventually.Until(() => _api.HistoryAsync("081200000012"), h => h.Count == 1, what: "the linked call filed");
        Assert.Equal(traffic, history[0].CaseId?.Value);
        Assert.Single((await _api.Client.GetFromJsonAsync<JsonElement>("/api/cases?open=true")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_wrong_link_is_refused_naming_the_field_and_records_nothing()
    {
        var fire = Id(await RecordAsync(Report("081200000021")));
        async Task Refused(object form, HttpStatusCode status, string code)
        {
            var problem = await ProblemAsync(await _api.Client.PostAsJsonAsync("/api/interactions", form), status);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            var field = status == HttpStatusCode.BadRequest
                ? problem.GetProperty("errors").EnumerateObject().Single().Name
                : problem.GetProperty("field").GetString();
            Assert.Equal("linkToCaseId", field);
        }

        await Refused(Report("081200000022", linkTo: "K-bogus"), HttpStatusCode.BadRequest, "invalid_fields");
        await Refused(Report("081200000022", linkTo: "K-261207-\u0000000000000"), HttpStatusCode.BadRequest, "invalid_fields");
        await Refused(new { callerNumber = "081200000022", kind = "prank", linkToCaseId = fire }, HttpStatusCode.BadRequest, "invalid_fields");
        await Refused(Report("081200000022", linkTo: "K-261207-0000000000"), HttpStatusCode.NotFound, "case_not_found");
        await Refused(Report("081200000022", category: "insult", linkTo: fire), HttpStatusCode.Conflict, "not_same_incident");

        Assert.Empty(await _api.HistoryAsync("081200000022"));
        Assert.Equal(1, (await CaseAsync(fire)).GetProperty("callers").GetInt32());
    }

    [Fact]
    public async Task The_center_links_the_one_plain_candidate_by_itself_and_never_chooses_between_two()
    {
        var first = Id(await RecordAsync(Report("081200000031")));
        // The index hears of the case from the wall's feed: wait until it would be offered.
        await Eventually.Until(() => NearbyAsync(Lat, "fire"), n => n.GetArrayLength() == 1, what: "the first case indexed");
        var second = await RecordAsync(Report("081200000032", Lat + 0.0003));
        Assert.Equal(first, Id(second));
        Assert.True(second.GetProperty("linkedAutomatically").GetBoolean());
        Assert.Equal(2, second.GetProperty("callers").GetInt32());

        var other = Id(await RecordAsync(Report("081200000033", Lat + 1.5 * Hundred)));
        Assert.NotEqual(first, other);
        await Eventually.Until(() => NearbyAsync(Lat + 0.75 * Hundred, "fire"), n => n.GetArrayLength() == 2, what: "both cases indexed");
        var between = await RecordAsync(Report("081200000034", Lat + 0.75 * Hundred));
        Assert.False(between.GetProperty("linked").GetBoolean());
        Assert.Equal(1, between.GetProperty("callers").GetInt32());
        Assert.NotEqual(first, Id(between));
        Assert.NotEqual(other, Id(between));
    }

    [Fact]
    public async Task An_operator_unlinks_a_call_into_a_case_of_its_own_and_merges_two_cases()
    {
        var fire = Id(await RecordAsync(Report("081200000041")));
        var joined = await RecordAsync(Report("081200000042", linkTo: fire));
        var interaction = joined.GetProperty("interactionId").GetString();

        var calltaker = await _factory.ClientAsAsync(Roles.CallTaker);
        Assert.Equal(HttpStatusCode.Forbidden, (await calltaker.PostAsJsonAsync($"/api/cases/{fire}/unlink", new { interactionId = interaction })).StatusCode);
        var missing = await ProblemAsync(await _api.ActAsync(fire, "unlink", new { }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("interactionId", out _));

        var split = await (await _api.ActAsync(fire, "unlink", new { interactionId = interaction })).Content.ReadFromJsonAsync<JsonElement>();
        var splitId = split.GetProperty("caseId").GetString()!;
        Assert.NotEqual(fire, splitId);
        Assert.Equal((interaction, "open"), (split.GetProperty("interactionId").GetString(), split.GetProperty("state").GetString()));
        Assert.Equal(1, (await CaseAsync(fire)).GetProperty("callers").GetInt32());
        // A retry finds the same case, not a third.
        var again = await (await _api.ActAsync(fire, "unlink", new { interactionId = interaction })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(splitId, again.GetProperty("caseId").GetString());
        // The caller's history follows the call to its own case.
        await Eventually.Until(() => _api.HistoryAsync("081200000042"), h => h.Count == 1 && h[0].CaseId?.Value == splitId, what: "the history moved");

        var self = await ProblemAsync(await _api.ActAsync(splitId, "merge", new { intoCaseId = splitId, reason = "sama" }), HttpStatusCode.BadRequest);
        Assert.True(self.GetProperty("errors").TryGetProperty("intoCaseId", out _));
        var nowhere = await ProblemAsync(await _api.ActAsync(splitId, "merge", new { intoCaseId = "K-261207-0000000000", reason = "sama" }), HttpStatusCode.NotFound);
        Assert.Equal("intoCaseId", nowhere.GetProperty("field").GetString());
        var noReason = await ProblemAsync(await _api.ActAsync(splitId, "merge", new { intoCaseId = fire, reason = "\u0000" }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(1, (await CaseAsync(fire)).GetProperty("callers").GetInt32());

        var merged = await (await _api.ActAsync(splitId, "merge", new { intoCaseId = fire, reason = "Gudang yang sama" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((fire, 2), (merged.GetProperty("caseId").GetString(), merged.GetProperty("callers").GetInt32()));
        var closed = await CaseAsync(splitId);
        Assert.Equal(("merged", fire), (closed.GetProperty("state").GetString(), closed.GetProperty("mergedIntoCaseId").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await _api.ActAsync(splitId, "merge", new { intoCaseId = fire, reason = "lagi" })).StatusCode);
        Assert.Equal(2, (await CaseAsync(fire)).GetProperty("callers").GetInt32());

        // The report counts the incident once: the merged case is not a case of its own; the second call opened the case it
        // was split into, so it is not counted as linked (its calls joined the first case by the merge).
        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        var report = await Eventually.Until(() => _api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy=polres&{period}"),
            r => r.GetProperty("total").GetProperty("cases").GetInt32() == 1, what: "the merged case left out of the report");
        Assert.Equal((2, 0), (report.GetProperty("calls").GetProperty("calls").GetInt32(), report.GetProperty("calls").GetProperty("linked").GetInt32()));
    }

    [Fact]
    public async Task The_report_counts_a_linked_call_by_its_case_and_says_how_many_were_linked()
    {
        var fire = Id(await RecordAsync(Report("081200000051")));
        await RecordAsync(Report("081200000052", linkTo: fire));
        await RecordAsync(Report("081200000053", linkTo: fire));
        var period = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}";
        var report = await Eventually.Until(() => _api.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/response-times?groupBy=polres&{period}"),
            r => r.GetProperty("calls").GetProperty("calls").GetInt32() == 3 && r.GetProperty("total").GetProperty("cases").GetInt32() > 0,
            what: "the three calls and their case in the report (the case's row and the calls' rows are projected apart)");
        Assert.Equal(1, report.GetProperty("total").GetProperty("cases").GetInt32());
        Assert.Equal(2, report.GetProperty("calls").GetProperty("linked").GetInt32());
    }
}
