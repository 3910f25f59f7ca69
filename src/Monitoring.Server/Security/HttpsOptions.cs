using Monitoring.Actors.Hosting;

namespace Monitoring.Server.Security;

/// <summary>
/// <c>Monitoring:Https</c>: a certificate turns TLS on. The center then listens with it on <see cref="Port"/> beside the
/// HTTP address (unless an https address is already chosen, which takes the certificate), redirects HTTP to HTTPS and
/// sends Strict-Transport-Security.
/// </summary>
public sealed class HttpsOptions
{
    public const int DefaultPort = 5443;

    /// <summary>A PKCS#12 file (.pfx), or a PEM certificate whose key is in <see cref="KeyPath"/> or the same file.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the PKCS#12 file or of an encrypted PEM key.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key, when it is not in the certificate's file.</summary>
    public string? KeyPath { get; set; }

    public int Port { get; set; } = DefaultPort;

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>What cannot work, each named by its key under <c>Monitoring:Https</c>; the password is never repeated.</summary>
    public IEnumerable<string> Problems()
    {
        if (Port is < 1 or > 65535) yield return "Port must be between 1 and 65535";
        if (!Enabled)
        {
            if (!string.IsNullOrWhiteSpace(KeyPath) || !string.IsNullOrEmpty(CertificatePassword))
                yield return "CertificatePath is required when KeyPath or CertificatePassword is set";
            yield break;
        }
        if (CertificateFile.Problem(CertificatePath!, KeyPath, CertificatePassword) is { } problem) yield return problem;
    }
}
