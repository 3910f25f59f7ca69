using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>Calls as the telephony reports them, through HTTP: the events, the form that becomes the call's one interaction,
/// what the center records by itself, the live calls and the handset's position.</summary>
public sealed class CallEventsTests() : ServerTest(new Dictionary<string, string?>
{
    ["Monitoring:Telephony:AnswerWithin"] = "00:00:02",
    ["Monitoring:Telephony:WarnAfter"] = "00:00:01",
    ["Monitoring:Telephony:Grace"] = "00:00:01",
})
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private Pbx? _pbx;

    private HttpClient Integration => Factory.ClientAs("integration");

    private Pbx Telephony => _pbx ??= new Pbx(Integration);

    private static string At(DateTimeOffset at) => Pbx.At(at);

    private Task<(HttpStatusCode Status, JsonElement Body)> EventAsync(object step) => Telephony.SendAsync(step);

    private Task<JsonElement> OkAsync(object step) => Telephony.OkAsync(step);

    [Fact]
    public async Task A_form_about_an_answered_call_is_its_one_interaction_with_the_ring_the_telephony_measured()
    {
        var offered = Now.AddSeconds(-9).AddMilliseconds(-123);
        var answered = Now.AddSeconds(-3).AddMilliseconds(-456);
        // The answer arrives before the offer (a PBX retrying out of order) and twice: one answer, ordered by its time.
        await OkAsync(new { callId = "pbx-1", @event = "answered", at = At(answered), agentId = "ext-201" });
        var again = await OkAsync(new { callId = "pbx-1", @event = "answered", at = At(answered), agentId = "ext-201" });
        Assert.Equal("answered", again.GetProperty("state").GetString());
        var call = await OkAsync(new { callId = "pbx-1", @event = "offered", at = At(offered), callerNumber = "081299990001", calledNumber = "110" });
        Assert.Equal(offered.ToUnixTimeMilliseconds(), call.GetProperty("offeredAt").GetDateTimeOffset().ToUnixTimeMilliseconds());

        // The form's own times are the taker's guess; the call's stand.
        var form = await Api.RecordAsync(new { callerNumber = "081299990001", kind = "prank", channel = "sms", callId = "pbx-1",
            receivedAt = Now.AddSeconds(-1), answeredAt = Now.AddSeconds(-1) });
        var history = await Eventually.Until(() => Api.HistoryAsync("081299990001"), h => h.Count == 1);
        var recorded = Assert.Single(history).Interaction;
        Assert.Equal(form.InteractionId, recorded.Id);
        Assert.Equal(offered.ToUnixTimeMilliseconds(), recorded.ReceivedAt.ToUnixTimeMilliseconds());
        Assert.Equal(answered.ToUnixTimeMilliseconds(), recorded.AnsweredAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal("voice", Monitoring.Domain.DomainJson.Name(recorded.Channel));

        // One call, one interaction: a second form about it is refused, and the call ends without a filing of its own.
        using var second = await Api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = "081299990001", kind = "information", callId = "pbx-1" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("call_recorded", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await OkAsync(new { callId = "pbx-1", @event = "ended", at = At(Now) });
        Assert.Equal(form.InteractionId.Value, (await OkAsync(new { callId = "pbx-1", @event = "ended", at = At(Now) })).GetProperty("interactionId").GetString());
    }

    [Fact]
    public async Task A_call_the_caller_gives_up_on_is_recorded_as_abandoned_and_refuses_a_form()
    {
        await OkAsync(new { callId = "pbx-2", @event = "offered", at = At(Now.AddSeconds(-6)), callerNumber = "081299990002" });
        Assert.Equal("abandoned", (await OkAsync(new { callId = "pbx-2", @event = "abandoned", at = At(Now) })).GetProperty("state").GetString());

        var history = await Eventually.Until(() => Api.HistoryAsync("081299990002"), h => h.Count == 1, what: "the abandoned call filed");
        Assert.Equal("abandoned", Monitoring.Domain.DomainJson.Name(history[0].Interaction.Kind));
        var caller = await Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/callers/081299990002");
        Assert.Equal(1, caller.GetProperty("reputation").GetProperty("counts")[0].GetProperty("counts").GetProperty("hangUp").GetInt32());

        using var form = await Api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = "081299990002", kind = "prank", callId = "pbx-2" });
        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
        var problem = await form.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("call_abandoned", "callId"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Single(await Api.HistoryAsync("081299990002"));
    }

    [Fact]
    public async Task An_answered_call_with_no_form_by_the_grace_is_unclassified_until_its_form_says_what_it_was()
    {
        await OkAsync(new { callId = "pbx-3", @event = "offered", at = At(Now.AddSeconds(-30)), callerNumber = "081299990003" });
        await OkAsync(new { callId = "pbx-3", @event = "answered", at = At(Now.AddSeconds(-25)) });
        await OkAsync(new { callId = "pbx-3", @event = "ended", at = At(Now.AddSeconds(-5)) });
        var unclassified = await Eventually.Until(() => Api.HistoryAsync("081299990003"),
            h => h.Count == 1 && Monitoring.Domain.DomainJson.Name(h[0].Interaction.Kind) == "unclassified", what: "filed unclassified after the grace");

        var form = await Api.RecordAsync(new { callerNumber = "081299990003", kind = "information", callId = "pbx-3" });
        Assert.Equal(unclassified[0].Interaction.Id, form.InteractionId);
        await Eventually.Until(() => Api.HistoryAsync("081299990003"),
            h => h.Count == 1 && Monitoring.Domain.DomainJson.Name(h[0].Interaction.Kind) == "information", what: "the same entry, now information");
    }

    [Fact]
    public async Task A_call_nobody_answers_climbs_the_chain_on_the_live_list_and_the_handsets_position_joins_it()
    {
        await OkAsync(new
        {
            callId = "pbx-4", @event = "offered", at = At(DateTimeOffset.UtcNow), callerNumber = "081299990004",
            location = new { latitude = -6.34348, longitude = 106.66769, radiusMeters = 900, source = "cell" },
        });
        // Two seconds a level here: the Polsek covering the cell, then its Polres.
        var live = await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/telephony/calls"),
            l => l.EnumerateArray().Any(c => c.GetProperty("callId").GetString() == "pbx-4" && c.GetProperty("level").GetInt32() >= 1),
            within: TimeSpan.FromSeconds(20), what: "the call moved up a level");
        var call = live.EnumerateArray().Single(c => c.GetProperty("callId").GetString() == "pbx-4");
        // The covering Polsek's chain, and the call rings at the level it has climbed to (a busy machine may see two at once).
        var chain = call.GetProperty("unitChain").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Equal(["polres-tangerang-selatan", "polda-metro-jaya", "mabes"], chain[1..]);
        Assert.Equal(chain[call.GetProperty("level").GetInt32()], call.GetProperty("ringsAt").GetString());
        Assert.Equal("+6281299990004", call.GetProperty("callerNumber").GetString());
        Assert.Equal("cell", call.GetProperty("location").GetProperty("source").GetString());

        using var aml = await Integration.PostAsync("/api/telephony/aml", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["v"] = "3", ["emergency_number"] = "110", ["location_latitude"] = "-6.3431", ["location_longitude"] = "106.6680",
            ["location_accuracy"] = "12", ["location_time"] = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds().ToString(),
            ["location_source"] = "gps", ["device_number"] = "+6281299990004",
        }));
        Assert.True(aml.StatusCode == HttpStatusCode.OK, await aml.Content.ReadAsStringAsync());
        await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/telephony/calls"),
            l => l.EnumerateArray().Any(c => c.GetProperty("callId").GetString() == "pbx-4"
                && c.GetProperty("location").GetProperty("source").GetString() == "aml" && c.GetProperty("location").GetProperty("radiusMeters").GetDouble() == 12),
            what: "the handset's fix on the live call");

        // A wall sees the number masked; a call taker's own list has it whole.
        var wall = await Factory.GetJsonAsync<JsonElement>(Factory.ClientAs("wall"), "/api/telephony/calls");
        Assert.Equal("0812****0004", wall.EnumerateArray().Single(c => c.GetProperty("callId").GetString() == "pbx-4").GetProperty("callerNumber").GetString());
        await OkAsync(new { callId = "pbx-4", @event = "abandoned", at = At(DateTimeOffset.UtcNow) });
        await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/telephony/calls"),
            l => l.EnumerateArray().All(c => c.GetProperty("callId").GetString() != "pbx-4"), what: "the abandoned call off the live list");
    }

    [Fact]
    public async Task Twenty_forms_sent_at_once_about_one_ended_call_record_one_interaction_and_open_one_case()
    {
        await OkAsync(new { callId = "pbx-7", @event = "offered", at = At(Now.AddSeconds(-6)), callerNumber = "081299990007" });
        await OkAsync(new { callId = "pbx-7", @event = "answered", at = At(Now.AddSeconds(-4)) });
        await OkAsync(new { callId = "pbx-7", @event = "ended", at = At(Now.AddSeconds(-1)) });
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions")
            {
                Content = JsonContent.Create(new
                {
                    callerNumber = "081299990007", kind = "report", category = "fire", summary = $"Kebakaran {i}", callId = "pbx-7",
                    location = new { latitude = -6.17094, longitude = 106.81882 },
                }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await Api.Client.SendAsync(request);
            return response.StatusCode;
        }));
        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(19, answers.Count(a => a == HttpStatusCode.Conflict));
        var history = await Eventually.Until(() => Api.HistoryAsync("081299990007"), h => h.Count == 1 && h[0].CaseId is not null);
        Assert.Single(history);
    }

    [Fact]
    public async Task A_new_calls_steps_arriving_all_at_once_in_any_order_are_each_answered_and_the_call_ends_answered()
    {
        var steps = new object[]
        {
            new { callId = "pbx-8", @event = "ended", at = At(Now.AddSeconds(-1)) },
            new { callId = "pbx-8", @event = "answered", at = At(Now.AddSeconds(-5)) },
            new { callId = "pbx-8", @event = "offered", at = At(Now.AddSeconds(-10)), callerNumber = "081299990008" },
        };
        var answers = await Task.WhenAll(Enumerable.Range(0, 21).Select(i => EventAsync(steps[i % 3])));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var last = await OkAsync(steps[0]);
        Assert.Equal("ended", last.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, last.GetProperty("answeredAt").ValueKind);
    }

    [Fact]
    public async Task A_form_naming_another_number_than_its_calls_is_refused_and_the_call_takes_the_right_one()
    {
        await OkAsync(new { callId = "pbx-9", @event = "offered", at = At(Now.AddSeconds(-6)), callerNumber = "081299990010" });
        await OkAsync(new { callId = "pbx-9", @event = "answered", at = At(Now.AddSeconds(-2)) });
        using var wrong = await Api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = "081299998888", kind = "information", callId = "pbx-9" });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("call_caller", "callerNumber"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Empty(await Api.HistoryAsync("081299998888"));
        // Refused, the form let go of the call at once: the corrected one is taken.
        await Api.RecordAsync(new { callerNumber = "081299990010", kind = "information", callId = "pbx-9" });
    }

    [Fact]
    public async Task A_step_against_the_calls_order_a_form_for_an_unknown_call_and_a_call_taker_sending_events_are_refused()
    {
        await OkAsync(new { callId = "pbx-5", @event = "offered", at = At(Now), callerNumber = "081299990005" });
        var (status, body) = await EventAsync(new { callId = "pbx-5", @event = "answered", at = At(Now.AddSeconds(-30)) });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(("step_order", "at"), (body.GetProperty("code").GetString(), body.GetProperty("field").GetString()));
        Assert.Equal("ringing", body.GetProperty("call").GetProperty("state").GetString());

        using var unknown = await Api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = "081299990005", kind = "prank", callId = "never-rang" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("callId", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        using var malformed = await Api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = "081299990005", kind = "prank", callId = "<script>" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Empty(await Api.HistoryAsync("081299990005"));

        using var taker = await Factory.ClientAs("calltaker").PostAsJsonAsync("/api/telephony/events",
            new { callId = "pbx-6", @event = "offered", at = At(Now), callerNumber = "081299990006" });
        Assert.Equal(HttpStatusCode.Forbidden, taker.StatusCode);
    }
}
