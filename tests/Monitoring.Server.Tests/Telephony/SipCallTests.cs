using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Auth;
using Monitoring.Server.Callers;
using Monitoring.Testing;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>
/// Issue 17's real SIP path end to end: SIPp calls in as the public through Kamailio (deploy/kamailio/kamailio.cfg) to
/// SIPp as the call taker's phone, Kamailio reports each step to the center on real Kestrel with an integration token,
/// and the tests read what the center made of it. Only the ring time is held to SIP's timing (within 200 ms of what the
/// phone did); everything else is awaited in the center's state.
/// </summary>
[StorageIndependent]
public sealed class SipCallTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Telephony:Grace"] = "00:00:01" })
{
    private static readonly TimeSpan Accuracy = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task An_answered_call_is_recorded_with_the_time_the_phone_rang()
    {
        await using var sip = await StartAsync();
        var ringing = TimeSpan.FromMilliseconds(1500);

        var call = await sip.CallAsync("caller.xml", "081311110001", "calltaker.xml", ringing);
        await call.CompletedAsync(TimeSpan.FromSeconds(30));

        // No form came within the grace: the center records the call itself, timed by the telephony.
        var entry = await Eventually.Until(() => RecentAsync("081311110001"), r => r.Any(e => e.Interaction.AnsweredAt is not null),
            TimeSpan.FromSeconds(20), "the answered call on the caller's record");
        var interaction = entry.Single(e => e.Interaction.AnsweredAt is not null).Interaction;
        Assert.InRange(interaction.TimeToAnswer!.Value, ringing - Accuracy, ringing + Accuracy);
        Assert.Equal(SipPath.AgentId, interaction.AgentId);
    }

    [Fact]
    public async Task A_call_the_caller_gives_up_on_after_3_s_is_abandoned_on_the_callers_record()
    {
        await using var sip = await StartAsync();

        var call = await sip.CallAsync("caller-hangs-up.xml", "081311110002", "calltaker-never-answers.xml", TimeSpan.Zero,
            callerPause: TimeSpan.FromSeconds(3));
        await call.CompletedAsync(TimeSpan.FromSeconds(30));

        var recent = await Eventually.Until(() => RecentAsync("081311110002"), r => r.Count > 0, TimeSpan.FromSeconds(20),
            "the abandoned call on the caller's record");
        var abandoned = Assert.Single(recent).Interaction;
        Assert.Equal(Kind.Abandoned, abandoned.Kind);
        Assert.Null(abandoned.AnsweredAt);
    }

    [Fact]
    public async Task A_call_left_ringing_past_10_s_waits_on_the_board_moved_up_the_chain()
    {
        await using var sip = await StartAsync();

        var call = await sip.CallAsync("caller-hangs-up.xml", "081311110003", "calltaker-never-answers.xml", TimeSpan.Zero,
            callerPause: TimeSpan.FromSeconds(18));

        var waiting = await Eventually.Until(() => LiveCallAsync("+6281311110003"),
            c => c is { } live && live.GetProperty("level").GetInt32() >= 1, TimeSpan.FromSeconds(16), "the ringing call moved up the chain");
        Assert.Equal("ringing", waiting!.Value.GetProperty("state").GetString());
        Assert.Null(waiting.Value.GetProperty("answeredAt").GetString());
        await call.CompletedAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_call_that_carries_its_handsets_position_shows_it_as_a_pidf_location()
    {
        await using var sip = await StartAsync();

        var call = await sip.CallAsync("caller-with-location.xml", "081311110004", "calltaker.xml", TimeSpan.FromSeconds(5));

        var live = await Eventually.Until(() => LiveCallAsync("+6281311110004"),
            c => c is { } l && l.TryGetProperty("location", out var at) && at.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(5),
            "the ringing call with its location");
        var location = live!.Value.GetProperty("location");
        Assert.Equal("pidf", location.GetProperty("source").GetString());
        Assert.Equal(-6.17539, location.GetProperty("latitude").GetDouble(), 5);
        Assert.Equal(106.82715, location.GetProperty("longitude").GetDouble(), 5);
        Assert.Equal(35, location.GetProperty("radiusMeters").GetDouble());
        await call.CompletedAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The center on real Kestrel (Kamailio reaches it over TCP), an integration token issued by the admin, and
    /// the SIP path reporting to it.</summary>
    private async Task<SipPath> StartAsync()
    {
        var center = Factory.StartKestrel();
        var admin = await Factory.AdminClientAsync();
        var issued = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "kamailio", role = Roles.Integration });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return await SipPath.StartAsync(new Uri(center, "/api/telephony/events"), token);
    }

    private async Task<IReadOnlyList<Domain.Callers.CallerEntry>> RecentAsync(string number) =>
        (await Factory.GetJsonAsync<CallerView>(Api.Client, $"/api/callers/{number}")).Recent;

    private async Task<JsonElement?> LiveCallAsync(string number)
    {
        var calls = await Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/telephony/calls");
        foreach (var call in calls.EnumerateArray())
            if (call.GetProperty("callerNumber").GetString() == number) return call.Clone();
        return null;
    }
}
