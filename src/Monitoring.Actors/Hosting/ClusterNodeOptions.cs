namespace Monitoring.Actors.Hosting;

/// <summary><c>Monitoring:Cluster</c>: this node's address and the nodes it joins.</summary>
public sealed class ClusterNodeOptions
{
    public string Hostname { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port: right for a one-node cluster, never for a node others must reach.</summary>
    public int Port { get; set; }

    /// <summary><c>host:port</c> of the seed nodes; empty means this node forms a cluster of its own.</summary>
    public List<string> SeedNodes { get; set; } = [];

    public List<string> Roles { get; set; } = [];

    /// <summary>How long the cluster must be stable before the split brain resolver (keep-majority) downs unreachable nodes.</summary>
    public TimeSpan DowningStableAfter { get; set; } = TimeSpan.FromSeconds(20);

    public ClusterTlsOptions Tls { get; set; } = new();
}
