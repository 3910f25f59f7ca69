namespace Monitoring.EndToEnd.Tests;

/// <summary>Three server processes on one PostgreSQL database, the first the seed of the others.</summary>
public abstract class ClusterTest
{
    protected static readonly TimeSpan AcknowledgeSla = TimeSpan.FromSeconds(4);

    protected Dictionary<string, string> Settings { get; } = new()
    {
        ["Monitoring:Storage:Provider"] = "PostgreSql",
        ["Monitoring:Storage:ConnectionString"] = PostgresServer.NewDatabase(),
        ["Monitoring:Sla:P1:Acknowledge"] = $"00:00:0{AcknowledgeSla.TotalSeconds}",
        ["Monitoring:Cluster:DowningStableAfter"] = "00:00:03",
        ["Monitoring:Sentinel:Interval"] = "00:00:01",
    };

    protected async Task<ServerNode[]> StartClusterAsync()
    {
        var seedPort = ServerNode.FreePort();
        var seed = ServerNode.Start("n1", seedPort, seedPort, Settings);
        await seed.WaitReadyAsync();
        var others = new[] { ServerNode.Start("n2", ServerNode.FreePort(), seedPort, Settings), ServerNode.Start("n3", ServerNode.FreePort(), seedPort, Settings) };
        await Task.WhenAll(others.Select(n => n.WaitReadyAsync()));
        return [seed, .. others];
    }
}
