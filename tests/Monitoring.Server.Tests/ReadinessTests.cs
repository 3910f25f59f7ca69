using System.Net;
using System.Text.Json;

namespace Monitoring.Server.Tests;

/// <summary>A node whose read model is stuck behind the journal stays in service and says it is degraded.</summary>
public sealed class ReadinessTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:ReadModel:StuckAfter"] = "00:00:01" })
{
    [Fact]
    public async Task Readiness_reports_degraded_while_the_read_model_is_stuck_behind_the_journal()
    {
        await Api.RecordAsync(Api.Report(caller: "081200000011"));
        await Eventually.Until(ReadinessAsync, r => r.Status == "Healthy", what: "ready and caught up");

        using (TestStorage.HoldReadModel(Folder.Path))
        {
            await Api.RecordAsync(Api.Report(caller: "081200000012"));
            var degraded = await Eventually.Until(ReadinessAsync, r => r.Status == "Degraded", what: "degraded while held");
            Assert.Equal((HttpStatusCode.OK, "Degraded"), (degraded.Code, degraded.Projection));
        }

        await Eventually.Until(ReadinessAsync, r => r.Status == "Healthy", within: TimeSpan.FromSeconds(60), what: "healthy once caught up");
    }

    /// <summary>The whole body comes along, so a wait that times out shows which check said what.</summary>
    private async Task<(HttpStatusCode Code, string? Status, string? Projection, string Body)> ReadinessAsync()
    {
        var response = await Api.Client.GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        return (response.StatusCode, body.GetProperty("status").GetString(),
            body.GetProperty("checks").TryGetProperty("projection", out var p) ? p.GetProperty("status").GetString() : null, text);
    }
}
