namespace Monitoring.EndToEnd.Tests;

/// <summary>Three server processes on one PostgreSQL database, the first the seed of the others.</summary>
public abstract class ClusterTest : IDisposable
{
    protected static readonly TimeSpan AcknowledgeSla = TimeSpan.FromSeconds(4);

    private readonly TempFolder _certificates = new();

    protected Dictionary<string, string> Settings { get; } = new()
    {
        ["Monitoring:Storage:Provider"] = "PostgreSql",
        ["Monitoring:Storage:ConnectionString"] = PostgresServer.NewDatabase(),
        ["Monitoring:Sla:P1:Acknowledge"] = $"00:00:0{AcknowledgeSla.TotalSeconds}",
        ["Monitoring:Cluster:DowningStableAfter"] = "00:00:03",
        ["Monitoring:Sentinel:Interval"] = "00:00:01",
    };

    /// <summary>Remoting over mutual TLS: one self-signed certificate that every node presents and takes as its authority.</summary>
    protected void UseTls()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Node("monitoring-cluster"), _certificates.Path, "cluster");
        Settings["Monitoring:Cluster:Tls:CertificatePath"] = certificate;
        Settings["Monitoring:Cluster:Tls:KeyPath"] = key;
        Settings["Monitoring:Cluster:Tls:AuthorityPath"] = certificate;
    }

    protected async Task<ServerNode[]> StartClusterAsync()
    {
        var seedPort = ServerNode.FreePort();
        var seed = ServerNode.Start("n1", seedPort, seedPort, Settings);
        await seed.WaitReadyAsync();
        var others = new[] { ServerNode.Start("n2", ServerNode.FreePort(), seedPort, Settings), ServerNode.Start("n3", ServerNode.FreePort(), seedPort, Settings) };
        await Task.WhenAll(others.Select(n => n.WaitReadyAsync()));
        return [seed, .. others];
    }

    public void Dispose() => _certificates.Dispose();
}
