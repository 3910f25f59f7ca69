using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Akka.Event;
using Monitoring.Actors.Hosting;

namespace Monitoring.Actors.Tests;

public sealed class ClusterTlsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly X509Certificate2 _authority = TestCertificates.Authority("Polda Metro Jaya cluster");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_peer_is_admitted_with_a_certificate_the_authority_issued_and_refused_with_any_other()
    {
        var admits = ClusterTls.IssuedBy([_authority]);
        var errors = SslPolicyErrors.RemoteCertificateChainErrors;   // the machine's trust store knows neither
        Assert.True(admits(TestCertificates.Node("node-2", _authority), null, "akka.ssl.tcp://monitoring@10.0.0.2:4053", errors, NoLogger.Instance));
        Assert.False(admits(TestCertificates.Node("intruder"), null, "10.0.0.9:50112", errors, NoLogger.Instance));
        Assert.False(admits(TestCertificates.Node("intruder", TestCertificates.Authority("another authority")), null, "10.0.0.9:50112", errors, NoLogger.Instance));
        Assert.False(admits(null, null, "10.0.0.9:50112", errors, NoLogger.Instance));
    }

    [Fact]
    public void A_self_signed_certificate_that_every_node_shares_is_its_own_authority()
    {
        var shared = TestCertificates.Node("cluster");
        Assert.True(ClusterTls.IssuedBy([shared])(shared, null, "127.0.0.1:4052", SslPolicyErrors.RemoteCertificateChainErrors, NoLogger.Instance));
    }

    [Fact]
    public void Pem_and_pkcs12_certificates_with_their_keys_serve()
    {
        var node = TestCertificates.Node("node-1", _authority);
        var (certificate, key) = TestCertificates.WritePem(node, _folder.Path, "node-1");
        var authority = TestCertificates.WritePem(_authority, _folder.Path, "authority").Certificate;
        Assert.Empty(new ClusterTlsOptions { CertificatePath = certificate, KeyPath = key, AuthorityPath = authority }.Problems());

        var pfx = Path.Combine(_folder.Path, "node-1.pfx");
        File.WriteAllBytes(pfx, node.Export(X509ContentType.Pkcs12, "rahasia"));
        var options = new ClusterTlsOptions { CertificatePath = pfx, CertificatePassword = "rahasia", AuthorityPath = authority };
        Assert.Empty(options.Problems());
        var ssl = ClusterTls.Ssl(options);
        Assert.Equal(node.Thumbprint, ssl.X509Certificate!.Thumbprint);
        Assert.True(ssl.RequireMutualAuthentication);
        Assert.NotNull(ssl.CustomValidator);
    }

    [Fact]
    public void Settings_that_cannot_work_are_named_before_the_node_starts()
    {
        var node = TestCertificates.Node("node-1", _authority);
        var (certificate, key) = TestCertificates.WritePem(node, _folder.Path, "node-1");
        var pfx = Path.Combine(_folder.Path, "node-1.pfx");
        File.WriteAllBytes(pfx, node.Export(X509ContentType.Pkcs12, "rahasia"));
        var publicOnly = Path.Combine(_folder.Path, "public.pfx");
        File.WriteAllBytes(publicOnly, X509CertificateLoader.LoadCertificate(node.RawData).Export(X509ContentType.Pkcs12));

        Assert.Empty(new ClusterTlsOptions().Problems());
        AssertProblem("CertificatePath is required", new ClusterTlsOptions { AuthorityPath = certificate });
        AssertProblem("missing.pfx' cannot be read", new ClusterTlsOptions { CertificatePath = Path.Combine(_folder.Path, "missing.pfx") });
        AssertProblem("cannot be read with KeyPath", new ClusterTlsOptions { CertificatePath = certificate, KeyPath = Path.Combine(_folder.Path, "missing.key") });
        AssertProblem("node-1.pfx' cannot be read", new ClusterTlsOptions { CertificatePath = pfx, CertificatePassword = "salah" });
        AssertProblem("node-1.crt' cannot be read", new ClusterTlsOptions { CertificatePath = certificate });
        AssertProblem("holds no private key", new ClusterTlsOptions { CertificatePath = publicOnly });
        AssertProblem("missing.crt' cannot be read",
            new ClusterTlsOptions { CertificatePath = certificate, KeyPath = key, AuthorityPath = Path.Combine(_folder.Path, "missing.crt") });
        AssertProblem("holds no PEM certificate", new ClusterTlsOptions { CertificatePath = certificate, KeyPath = key, AuthorityPath = key });
        AssertProblem("set one of them", new ClusterTlsOptions { CertificatePath = certificate, KeyPath = key, AuthorityPath = certificate, SuppressValidation = true });
    }

    private static void AssertProblem(string expected, ClusterTlsOptions options) =>
        Assert.Contains(expected, Assert.Single(options.Problems()), StringComparison.Ordinal);
}
