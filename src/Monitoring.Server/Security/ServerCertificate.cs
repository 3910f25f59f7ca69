using System.Security.Cryptography.X509Certificates;

namespace Monitoring.Server.Security;

/// <summary>The certificate of <see cref="HttpsOptions"/>: PEM when a key path is given or the file is PEM, PKCS#12 otherwise.</summary>
public static class ServerCertificate
{
    public static X509Certificate2 Load(HttpsOptions https)
    {
        var path = https.CertificatePath ?? throw new InvalidOperationException("Monitoring:Https:CertificatePath is not set");
        var password = string.IsNullOrEmpty(https.CertificatePassword) ? null : https.CertificatePassword;
        var keyPath = string.IsNullOrWhiteSpace(https.KeyPath) ? null : https.KeyPath;
        if (keyPath is null && !IsPem(path)) return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return password is null
            ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
    }

    private static bool IsPem(string path)
    {
        using var reader = new StreamReader(path);
        var start = new char[64];
        var read = reader.ReadBlock(start);
        return new string(start, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }
}
