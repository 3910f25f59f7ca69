using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Monitoring.Testing;

/// <summary>Certificates for remoting over TLS, made on the spot and written as PEM files the way an operator gives them.</summary>
public static class TestCertificates
{
    /// <summary>A node's certificate (server and client authentication), signed by <paramref name="issuer"/> or by itself.</summary>
    public static X509Certificate2 Node(string name, X509Certificate2? issuer = null) => Make(name, authority: false, issuer);

    /// <summary>An authority that issues nodes' certificates.</summary>
    public static X509Certificate2 Authority(string name) => Make(name, authority: true, issuer: null);

    /// <summary>Writes the certificate and its key as <c>{name}.crt</c> and <c>{name}.key</c>; returns their paths.</summary>
    public static (string Certificate, string Key) WritePem(X509Certificate2 certificate, string folder, string name)
    {
        var (certificatePath, keyPath) = (Path.Combine(folder, name + ".crt"), Path.Combine(folder, name + ".key"));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    private static X509Certificate2 Make(string name, bool authority, X509Certificate2? issuer)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(authority, false, 0, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (authority)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.DigitalSignature, true));
        }
        else
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
                [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        }
        if (issuer is null) return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Valid as long as its issuer, and not a moment longer (which Create refuses).
        using var issued = request.Create(issuer, issuer.NotBefore, issuer.NotAfter, RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }
}
