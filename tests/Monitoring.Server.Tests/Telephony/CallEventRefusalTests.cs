using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>Bad call events through HTTP. Each refusal asserts it left no call behind, so they share one server.</summary>
public sealed class CallEventRefusalTests(SharedServer server) : ServerTest(server), IClassFixture<SharedServer>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static string At(DateTimeOffset at) => Pbx.At(at);

    private Task<(HttpStatusCode Status, JsonElement Body)> EventAsync(object step) => new Pbx(Factory.ClientAs("integration")).SendAsync(step);

    public static TheoryData<string, object, string> BadEvents => new()
    {
        { "unknown event", new { callId = "bad-1", @event = "transferred", at = At(Now), callerNumber = "0812" }, "event" },
        { "an hour ahead", new { callId = "bad-2", @event = "offered", at = At(Now.AddHours(1)), callerNumber = "081299990009" }, "at" },
        { "no offset", new { callId = "bad-3", @event = "offered", at = "2026-12-07T10:00:00", callerNumber = "081299990009" }, "at" },
        { "a NUL in the id", new { callId = "bad\u00004", @event = "offered", at = At(Now), callerNumber = "081299990009" }, "callId" },
        { "a space in the id", new { callId = "bad 5", @event = "offered", at = At(Now), callerNumber = "081299990009" }, "callId" },
        { "600 characters", new { callId = new string('x', 600), @event = "offered", at = At(Now), callerNumber = "081299990009" }, "callId" },
        { "an offer without a number", new { callId = "bad-6", @event = "offered", at = At(Now) }, "callerNumber" },
        { "a latitude of 91", new { callId = "bad-7", @event = "offered", at = At(Now), callerNumber = "081299990009",
            location = new { latitude = 91, longitude = 106.8, radiusMeters = 100, source = "cell" } }, "location.latitude" },
        { "markup for PIDF-LO", new { callId = "bad-8", @event = "offered", at = At(Now), callerNumber = "081299990009", pidfLo = "<x/>" }, "pidfLo" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_bad_event_is_a_problem_naming_its_field_and_no_call_is_known_for_it(string why, object step, string field)
    {
        var (status, body) = await EventAsync(step);
        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: {status} {body}");
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"{why}: {body}");
        var live = await Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/telephony/calls");
        Assert.DoesNotContain(live.EnumerateArray(), c => c.GetProperty("callId").GetString()!.StartsWith("bad", StringComparison.Ordinal));
    }

}
