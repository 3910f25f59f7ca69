using System.Net;
using Monitoring.Server.Audit;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>With room for one line only, the flood is still answered at once; what found the queue full is counted.</summary>
public sealed class AuditFullQueueTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Audit:QueueCapacity"] = "1" })
{
    [Fact]
    public async Task A_full_queue_drops_and_counts_lines_and_never_blocks_a_request()
    {
        var admin = await Factory.AdminClientAsync();
        var dropped = AuditMetrics.Dropped.WithLabels(AuditMetrics.QueueFull);
        var droppedBefore = dropped.Value;
        var answers = await IntakeFloodAsync(Api, 200, "08128");
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
        // Every line is either written or counted as dropped; none is lost unseen.
        await Eventually.Until(async () => (await PageAsync(admin, "action=interaction.record&pageSize=1")).GetProperty("total").GetInt32()
                                           + (int)(dropped.Value - droppedBefore),
            total => total == 200, what: "lines written plus lines dropped");
    }
}
