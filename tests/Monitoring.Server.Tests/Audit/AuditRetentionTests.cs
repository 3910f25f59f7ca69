using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Audit;
using static Monitoring.Server.Tests.Audit.AuditApi;

namespace Monitoring.Server.Tests.Audit;

/// <summary>The one path that removes lines: only those past Monitoring:Audit:RetentionDays, and it says so on the trail.</summary>
public sealed class AuditRetentionTests() : ServerTest(new Dictionary<string, string?> { ["Monitoring:Audit:RetentionDays"] = "30" })
{
    [Fact]
    public async Task The_purge_removes_only_lines_older_than_the_retention_and_is_itself_a_line()
    {
        var admin = await Factory.AdminClientAsync();
        var now = DateTime.UtcNow;
        // Lines as an earlier year wrote them: put in the table directly, since the trail only ever writes "now".
        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<AuditDb>>().CreateDbContextAsync())
        {
            foreach (var (days, target) in new[] { (400, "old-1"), (31, "old-2"), (30.5, "old-3"), (29, "kept") })
                db.Entries.Add(new AuditEntry(0, now.AddDays(-days), "admin", "admin", "user.create", target, "allowed", 201, "127.0.0.1", null));
            await db.SaveChangesAsync();
        }

        Assert.Equal(3, await Factory.Services.GetRequiredService<AuditRetention>().PurgeAsync());
        var purge = await LineAsync(admin, AuditRetention.Action);
        Assert.Equal((AuditTrail.System, ""), (purge.Text("userName"), purge.Text("status")));
        Assert.StartsWith("3 lines before", purge.Text("detail"));
        var left = Items(await PageAsync(admin, "action=user.create&pageSize=500")).Select(l => l.Text("target")).ToList();
        Assert.Equal(["kept"], left);
        Assert.Equal(0, await Factory.Services.GetRequiredService<AuditRetention>().PurgeAsync());
    }
}
