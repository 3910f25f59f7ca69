using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Akka.Event;
using Akka.Remote.Hosting;
using Akka.Remote.Transport.DotNetty;

namespace Monitoring.Actors.Hosting;

/// <summary>
/// Remoting over mutual TLS as <see cref="ClusterTlsOptions"/> say: every node presents its certificate, in both
/// directions, and admits a peer only with a certificate the configured authority issued. Host names are not checked
/// (Akka's default): nodes reach each other by address, and the authority is what vouches for a node.
/// </summary>
public static class ClusterTls
{
    public static SslOptions Ssl(ClusterTlsOptions tls) => new()
    {
        X509Certificate = CertificateFile.Load(tls.CertificatePath!, tls.KeyPath, tls.CertificatePassword),
        RequireMutualAuthentication = true,
        SuppressValidation = tls.SuppressValidation,
        // Without an authority Akka checks the chain against the machine's trust store.
        CustomValidator = string.IsNullOrWhiteSpace(tls.AuthorityPath) || tls.SuppressValidation ? null : IssuedBy(LoadAuthority(tls.AuthorityPath)),
    };

    public static X509Certificate2Collection LoadAuthority(string path)
    {
        var authority = new X509Certificate2Collection();
        authority.ImportFromPemFile(path);
        return authority;
    }

    /// <summary>Why the authority's certificates cannot be read, or null.</summary>
    public static string? AuthorityProblem(string path)
    {
        try
        {
            return LoadAuthority(path).Count == 0 ? $"AuthorityPath '{path}' holds no PEM certificate" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return $"AuthorityPath '{path}' cannot be read: {e.Message}";
        }
    }

    /// <summary>Admits a peer whose certificate chains to one of <paramref name="authority"/>, and to nothing else: not to
    /// the machine's trust store. No revocation lists: a cluster's own authority seldom publishes one.</summary>
    public static CertificateValidationCallback IssuedBy(X509Certificate2Collection authority) => (certificate, presented, peer, _, log) =>
    {
        if (certificate is null)
        {
            log.Warning("Refused the node at {0}: it presented no certificate", peer);
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // The intermediates the peer sent along.
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        }
        if (chain.Build(certificate)) return true;
        log.Warning("Refused the node at {0}: its certificate {1} was not issued by Monitoring:Cluster:Tls:AuthorityPath ({2})",
            peer, certificate.Subject, string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim())));
        return false;
    };
}
