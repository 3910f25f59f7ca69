using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Monitoring.Actors.Hosting;

namespace Monitoring.Server.Health;

/// <summary>Ready while the journal's database answers a query.</summary>
public sealed class JournalHealthCheck(IOptions<MonitoringOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var storage = options.Value.Storage;
        try
        {
            await using var db = new DataConnection(new DataOptions().UseConnectionString(storage.DataProvider, storage.JournalConnection));
            await db.ExecuteAsync<int>("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("The journal's database answers.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The journal's database does not answer.", e);
        }
    }
}
