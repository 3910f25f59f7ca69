using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Monitoring.Actors.Hosting;

/// <summary>
/// A certificate with its private key as an operator keeps it, read the same way for HTTPS and for the cluster's
/// remoting: PEM when a key path is given or the file is PEM (the key then in the key file or in the same file),
/// PKCS#12 otherwise.
/// </summary>
public static class CertificateFile
{
    public static X509Certificate2 Load(string path, string? keyPath, string? password)
    {
        password = string.IsNullOrEmpty(password) ? null : password;
        keyPath = string.IsNullOrWhiteSpace(keyPath) ? null : keyPath;
        if (keyPath is null && !IsPem(path)) return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return password is null
            ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
    }

    /// <summary>Why the certificate cannot serve, naming <c>CertificatePath</c> (and <c>KeyPath</c>), never the password; null when it can.</summary>
    public static string? Problem(string path, string? keyPath, string? password)
    {
        try
        {
            using var certificate = Load(path, keyPath, password);
            if (!certificate.HasPrivateKey) return $"CertificatePath '{path}' holds no private key (set KeyPath)";
            if (certificate.NotAfter < DateTime.Now) return $"CertificatePath '{path}' expired on {certificate.NotAfter.ToUniversalTime():u}";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            return $"CertificatePath '{path}' cannot be read{(string.IsNullOrWhiteSpace(keyPath) ? "" : $" with KeyPath '{keyPath}'")}: {e.Message}";
        }
    }

    private static bool IsPem(string path)
    {
        using var reader = new StreamReader(path);
        var start = new char[64];
        var read = reader.ReadBlock(start);
        return new string(start, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }
}
