using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;
using Monitoring.Server.Tests.Auth;
using Monitoring.Testing;

namespace Monitoring.Server.Tests;

/// <summary>
/// With every log category at its most talkative (the framework's request lines included), an intake and the reads of
/// the caller's history write the caller's number to no log line, and to no metric.
/// </summary>
[Collection(nameof(ServerHosts))]
public sealed class CallerNumberLogTests : IDisposable
{
    private const string Caller = "081298765432";

    /// <summary>The digits the mask hides: a line that holds them holds the number, in whatever form.</summary>
    private const string Hidden = "298765";

    private static readonly Dictionary<string, string?> Talkative = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
    };

    private readonly TempFolder _folder = new();
    private readonly CapturedLogs _logs = new();
    private readonly MonitoringFactory _factory;

    public CallerNumberLogTests() => _factory = new MonitoringFactory(_folder.Path, Talkative, _logs);

    [Fact]
    public async Task An_intake_and_a_history_read_log_the_number_only_masked()
    {
        var calltaker = await _factory.ClientAsAsync(Roles.CallTaker);
        var information = await calltaker.PostAsJsonAsync("/api/interactions", new { callerNumber = Caller, kind = "information", summary = "Tanya jadwal SIM" });
        Assert.Equal(HttpStatusCode.Created, information.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await calltaker.PostAsJsonAsync("/api/interactions", Api.Report(caller: Caller))).StatusCode);
        var rejected = await calltaker.PostAsJsonAsync("/api/interactions", new { callerNumber = "0812-9876-54x", kind = "information" });
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);

        // The report's interaction reaches the history through its case: read until both are there.
        await Eventually.Until(async () => (await calltaker.GetFromJsonAsync<JsonElement>($"/api/callers/{Caller}/interactions")).GetProperty("total").GetInt32(),
            n => n == 2, what: "both calls in the caller's history");
        Assert.Equal(HttpStatusCode.OK, (await calltaker.GetAsync("/api/callers/%2B6281298765432/interactions")).StatusCode);
        var metrics = await (await _factory.ClientAsAsync(Roles.Manager)).GetStringAsync("/metrics");

        // The request lines were written (the levels are low enough), with the number masked in their paths.
        Assert.Contains(_logs.Lines, l => l.Message.Contains("/api/callers/0812****5432/interactions", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains(Hidden, StringComparison.Ordinal));
        Assert.Contains("monitoring_interactions_total", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, metrics, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }
}
