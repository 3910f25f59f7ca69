using System.Security.Cryptography.X509Certificates;
using Monitoring.Actors.Hosting;

namespace Monitoring.Server.Security;

/// <summary>The certificate of <see cref="HttpsOptions"/>, read as every certificate of the center is (<see cref="CertificateFile"/>).</summary>
public static class ServerCertificate
{
    public static X509Certificate2 Load(HttpsOptions https) => CertificateFile.Load(
        https.CertificatePath ?? throw new InvalidOperationException("Monitoring:Https:CertificatePath is not set"), https.KeyPath, https.CertificatePassword);
}
