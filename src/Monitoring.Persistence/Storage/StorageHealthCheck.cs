using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Monitoring.Persistence.Storage;

/// <summary>Ready while the journal's database answers a query.</summary>
public sealed class StorageHealthCheck(StorageOptions storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
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
