using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Monitoring.Testing;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>
/// What deploy/kamailio/kamailio.cfg tells the center, as a stand-in center records it: the contract's JSON for each
/// step of a real SIP call between SIPp's caller and SIPp's phone, with the token. What the center does with the events
/// is SipCallTests.
/// </summary>
[StorageIndependent]
public sealed class KamailioReportTests : IAsyncLifetime
{
    private const string Token = "mc110_kamailio-report-test";
    private readonly ConcurrentQueue<(string? Authorization, JsonElement Event)> _events = new();
    private RecordingKestrel _center = null!;
    private SipPath _sip = null!;

    public async ValueTask InitializeAsync()
    {
        _center = await RecordingKestrel.StartAsync(async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            _events.Enqueue((context.Request.Headers.Authorization.SingleOrDefault(), body.RootElement.Clone()));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"state":"ringing"}""");
        });
        _sip = await SipPath.StartAsync(new Uri(_center.Address, "/api/telephony/events"), Token);
    }

    [Fact]
    public async Task An_answered_call_is_offered_answered_and_ended_with_the_callers_number_the_agent_and_the_ring_time()
    {
        var ringing = TimeSpan.FromMilliseconds(1500);
        var call = await _sip.CallAsync("caller.xml", "081234567890", "calltaker.xml", ringing);
        await call.CompletedAsync(TimeSpan.FromSeconds(20));

        var events = await EventsAsync(3);
        Assert.Equal(["offered", "answered", "ended"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.All(_events, e => Assert.Equal($"Bearer {Token}", e.Authorization));
        Assert.Single(events.Select(e => e.GetProperty("callId").GetString()).Distinct());
        var (offered, answered) = (events[0], events[1]);
        Assert.Equal("081234567890", offered.GetProperty("callerNumber").GetString());
        Assert.Equal("110", offered.GetProperty("calledNumber").GetString());
        Assert.Equal(SipPath.AgentId, offered.GetProperty("agentId").GetString());
        Assert.Equal(SipPath.AgentId, answered.GetProperty("agentId").GetString());
        // The phone rang for what SIPp paused between its 180 and its 200; the proxy's clock saw the same.
        var rang = TimeSpan.FromSeconds(answered.GetProperty("at").GetDouble() - offered.GetProperty("at").GetDouble());
        Assert.InRange(rang, ringing - TimeSpan.FromMilliseconds(200), ringing + TimeSpan.FromMilliseconds(200));
        // A BYE may come from either side, so the ending names no caller.
        Assert.False(events[2].TryGetProperty("callerNumber", out _));
    }

    [Fact]
    public async Task A_call_the_caller_gives_up_on_is_offered_then_abandoned_once()
    {
        var call = await _sip.CallAsync("caller-hangs-up.xml", "081298765432", "calltaker-never-answers.xml", TimeSpan.Zero,
            callerPause: TimeSpan.FromMilliseconds(500));
        await call.CompletedAsync(TimeSpan.FromSeconds(20));

        var events = await EventsAsync(2);
        Assert.Equal(["offered", "abandoned"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(events[0].GetProperty("callId").GetString(), events[1].GetProperty("callId").GetString());
        Assert.Equal("081298765432", events[0].GetProperty("callerNumber").GetString());
    }

    [Fact]
    public async Task A_location_sent_with_the_call_reaches_the_center_as_the_pidf_lo_xml_alone()
    {
        var call = await _sip.CallAsync("caller-with-location.xml", "081234567890", "calltaker.xml", TimeSpan.Zero);
        await call.CompletedAsync(TimeSpan.FromSeconds(20));

        var offered = (await EventsAsync(3))[0];
        var pidf = XDocument.Parse(offered.GetProperty("pidfLo").GetString()!);
        Assert.Equal("presence", pidf.Root!.Name.LocalName);
        Assert.Contains(pidf.Descendants(), e => e.Name.LocalName == "pos" && e.Value == "-6.17539 106.82715");
    }

    [Fact]
    public async Task A_call_without_a_center_still_goes_through()
    {
        await using var sip = await SipPath.StartAsync(new Uri($"http://127.0.0.1:{BuiltServer.FreePort()}/api/telephony/events"), Token);

        var call = await sip.CallAsync("caller.xml", "081234567890", "calltaker.xml", TimeSpan.FromMilliseconds(100));

        await call.CompletedAsync(TimeSpan.FromSeconds(20));
    }

    private async Task<JsonElement[]> EventsAsync(int count) =>
        (await Eventually.Until(() => Task.FromResult(_events.Select(e => e.Event).ToArray()), e => e.Length >= count,
            TimeSpan.FromSeconds(10), $"{count} events posted")).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _sip.DisposeAsync();
        await _center.DisposeAsync();
    }
}
