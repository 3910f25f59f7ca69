using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Monitoring.Server.Tests.Http;

/// <summary>A self-signed server certificate for <see cref="Host"/>, made by the test, written as an operator would keep it.</summary>
public sealed class TestCertificate : IDisposable
{
    public const string Host = "monitoring.test";
    public const string Password = "pfx-password-for-tests";

    private readonly RSA _key = RSA.Create(2048);

    public TestCertificate()
    {
        var request = new CertificateRequest($"CN={Host}", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>PKCS#12 with <see cref="Password"/>.</summary>
    public string WritePfx(string folder) => Write(folder, "server.pfx", Certificate.Export(X509ContentType.Pfx, Password));

    /// <summary>The certificate and its key as two PEM files, the key encrypted with <paramref name="password"/> when given.</summary>
    public (string Certificate, string Key) WritePem(string folder, string? password = null) =>
        (Write(folder, "server.crt", System.Text.Encoding.ASCII.GetBytes(Certificate.ExportCertificatePem())),
         Write(folder, "server.key", System.Text.Encoding.ASCII.GetBytes(password is null ? _key.ExportPkcs8PrivateKeyPem()
             : _key.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000)))));

    private static string Write(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }
}
