using System.Net;

namespace Monitoring.Server.Tests;

[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class ClusterTlsConfigurationTests
{
    [Fact]
    public async Task A_node_with_remoting_over_tls_forms_its_cluster_and_takes_calls()
    {
        using var folder = new TempFolder();
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Node("monitoring-cluster"), folder.Path, "cluster");
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Monitoring:Cluster:Tls:CertificatePath"] = certificate,
            ["Monitoring:Cluster:Tls:KeyPath"] = key,
            ["Monitoring:Cluster:Tls:AuthorityPath"] = certificate,
        });
        var api = factory.Api();
        await Eventually.Until(async () => (await api.Client.GetAsync("/readyz")).StatusCode, s => s == HttpStatusCode.OK, what: "the node Up over TLS");
        await api.RecordAsync(Api.Report(caller: "081200000021"));
    }

    [Fact]
    public void The_server_refuses_to_start_on_a_certificate_that_is_not_there()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Monitoring:Cluster:Tls:CertificatePath"] = Path.Combine(folder.Path, "cluster.pfx"),
        });
        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Monitoring:Cluster:Tls:CertificatePath '", e.ToString());
        Assert.Contains("cluster.pfx' cannot be read", e.ToString());
    }
}
