using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Audit;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>With room for one line only, the flood is still answered at once; what found the queue full is counted.</summary>
public sealed class AuditFullQueueTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Audit:QueueCapacity"] = "1" })
{
    [Fact]
    public async Task A_full_queue_drops_and_counts_lines_and_never_blocks_a_request()
    {
        // Signed in first: that line, too, may find the queue full, and it is not the flood's.
        await Api.Client.TokenAsync();
        var dropped = AuditMetrics.Dropped.WithLabels(AuditMetrics.QueueFull);
        var droppedBefore = dropped.Value;
        var answers = await IntakeFloodAsync(Api, 200, "08128");
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
        // Every line is either written or counted as dropped; none is lost unseen. The lines are counted in the table itself:
        // a read through the API is audited too, and with room for one line its own line would be dropped and counted.
        var audit = Factory.Services.GetRequiredService<IDbContextFactory<AuditDb>>();
        await Eventually.Until(async () =>
            {
                await using var db = await audit.CreateDbContextAsync();
                return await db.Entries.CountAsync(e => e.Action == "interaction.record") + (int)(dropped.Value - droppedBefore);
            },
            total => total == 200, what: "lines written plus lines dropped");
    }
}
