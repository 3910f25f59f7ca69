using System.Text.Json;

namespace Monitoring.Server.Tests.Telephony;

/// <summary>The wall's figures of the 110 line today, against the first target: a voice within 10 s.</summary>
public sealed class LineFiguresTests : ServerTest
{
    [Fact]
    public async Task Today_counts_voice_calls_answered_those_within_10_s_and_the_longest_wait()
    {
        var now = DateTimeOffset.UtcNow;
        // Rung 4 s and 25 s before an answer, and an SMS: a text waits for no voice and is no call of the line.
        foreach (var (number, rang, channel) in new[] { ("081211000001", 4, "voice"), ("081211000002", 25, "voice"), ("081211000003", 40, "sms") })
            await Api.RecordAsync(new { callerNumber = number, kind = "prank", channel, receivedAt = now.AddSeconds(-rang - 1), answeredAt = now.AddSeconds(-1) });

        var calls = (await Eventually.Until(() => Factory.GetJsonAsync<JsonElement>(Api.Client, "/api/stats/today"),
            // Its figures are read one query after another while the projection writes: each settles within a moment.
            t => t.GetProperty("calls") is var c && c.GetProperty("answered").GetInt32() == 2
                && c.GetProperty("longestWaitSeconds") is { ValueKind: JsonValueKind.Number } w && w.GetDouble() > 20,
            what: "both voice calls counted and the longer wait seen")).GetProperty("calls");
        Assert.Equal(1, calls.GetProperty("answeredWithinTarget").GetInt32());
        Assert.Equal(0.5, calls.GetProperty("withinTargetShare").GetDouble());
        Assert.Equal(25, calls.GetProperty("longestWaitSeconds").GetDouble(), 1);
        Assert.Equal(10, calls.GetProperty("targetSeconds").GetInt32());
        Assert.Equal(0, calls.GetProperty("abandoned").GetInt32());
    }
}
