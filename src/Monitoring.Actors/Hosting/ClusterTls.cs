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
        X509Certificate = LoadCertificate(tls),
        RequireMutualAuthentication = true,
        SuppressValidation = tls.SuppressValidation,
        // Without an authority Akka checks the chain against the machine's trust store.
        CustomValidator = string.IsNullOrWhiteSpace(tls.AuthorityPath) || tls.SuppressValidation ? null : IssuedBy(LoadAuthority(tls.AuthorityPath)),
    };

    public static X509Certificate2 LoadCertificate(ClusterTlsOptions tls)
    {
        var path = tls.CertificatePath!;
        if (string.IsNullOrWhiteSpace(tls.KeyPath)) return X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword);
        return string.IsNullOrEmpty(tls.CertificatePassword)
            ? X509Certificate2.CreateFromPemFile(path, tls.KeyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, tls.CertificatePassword, tls.KeyPath);
    }

    public static X509Certificate2Collection LoadAuthority(string path)
    {
        var authority = new X509Certificate2Collection();
        authority.ImportFromPemFile(path);
        return authority;
    }

    /// <summary>Why this node's certificate cannot serve, or null.</summary>
    public static string? CertificateProblem(ClusterTlsOptions tls)
    {
        if (!File.Exists(tls.CertificatePath)) return $"CertificatePath: there is no file '{tls.CertificatePath}'";
        if (!string.IsNullOrWhiteSpace(tls.KeyPath) && !File.Exists(tls.KeyPath)) return $"KeyPath: there is no file '{tls.KeyPath}'";
        try
        {
            using var certificate = LoadCertificate(tls);
            if (!certificate.HasPrivateKey)
                return "CertificatePath holds no private key: give a PKCS#12 file with the key, or the PEM key in KeyPath";
            if (certificate.NotAfter < DateTime.Now) return $"CertificatePath expired on {certificate.NotAfter.ToUniversalTime():u}";
            return null;
        }
        catch (CryptographicException e)
        {
            return $"CertificatePath could not be read ({e.Message.TrimEnd('.')}): a wrong CertificatePassword, or not a PKCS#12 file; a PEM certificate needs KeyPath";
        }
    }

    /// <summary>Why the authority's certificates cannot be read, or null.</summary>
    public static string? AuthorityProblem(string path)
    {
        if (!File.Exists(path)) return $"AuthorityPath: there is no file '{path}'";
        try
        {
            return LoadAuthority(path).Count == 0 ? $"AuthorityPath: '{path}' holds no PEM certificate" : null;
        }
        catch (CryptographicException e)
        {
            return $"AuthorityPath could not be read as PEM certificates ({e.Message.TrimEnd('.')})";
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
