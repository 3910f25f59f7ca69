namespace Monitoring.Actors.Hosting;

/// <summary>
/// <c>Monitoring:Cluster:Tls</c>: remoting between nodes over mutual TLS, on when a certificate is given. Every node of a
/// cluster needs the same settings (a node without TLS cannot talk to one with it).
/// </summary>
public sealed class ClusterTlsOptions
{
    /// <summary>This node's certificate with its private key: a PKCS#12 file (.pfx, .p12), or a PEM certificate whose key
    /// is in <see cref="KeyPath"/> or in the same file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key, when it is not in the certificate's file.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of the PKCS#12 file, or of an encrypted PEM key.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The PEM certificate of the authority that issues the nodes' certificates (a self-signed certificate shared by every
    /// node is its own authority): a peer is admitted only with a certificate it issued. Empty, the machine's trust store
    /// decides, and that admits a certificate any public authority issued.
    /// </summary>
    public string? AuthorityPath { get; set; }

    /// <summary>Admit a peer with any certificate: the traffic is still encrypted, but anyone who reaches the port may join.
    /// For a trial only.</summary>
    public bool SuppressValidation { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>What keeps these settings from working, each naming its setting; the files are read to know.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            if (!string.IsNullOrWhiteSpace(KeyPath) || !string.IsNullOrWhiteSpace(AuthorityPath) || SuppressValidation)
                yield return "CertificatePath is required when other Tls settings are given";
            yield break;
        }
        if (SuppressValidation && !string.IsNullOrWhiteSpace(AuthorityPath))
            yield return "SuppressValidation admits any certificate, AuthorityPath only those it issued: set one of them";
        if (CertificateFile.Problem(CertificatePath!, KeyPath, CertificatePassword) is { } certificate) yield return certificate;
        if (!string.IsNullOrWhiteSpace(AuthorityPath) && ClusterTls.AuthorityProblem(AuthorityPath) is { } authority) yield return authority;
    }
}
