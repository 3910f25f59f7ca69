using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.HttpsPolicy;

namespace Monitoring.Server.Security;

/// <summary>
/// With <c>Monitoring:Https:CertificatePath</c> set, the certificate serves every https address Kestrel binds, and one
/// is added beside the chosen HTTP address: on its host (from ASPNETCORE_URLS, --urls, a Urls setting or the default
/// http://localhost:5110) at <see cref="HttpsOptions.Port"/>, or as HTTPS_PORTS when HTTP_PORTS chose. Addresses that
/// name https already, and a Kestrel:Endpoints section (the operator lists every endpoint there), are left as they are.
/// Runs after <see cref="Http.ListeningAddress.ListenOnDefaultUnlessChosen"/>, so the default is among the chosen.
/// </summary>
public static partial class HttpsListening
{
    public static WebApplicationBuilder ListenWithTlsWhenConfigured(this WebApplicationBuilder builder)
    {
        var https = builder.Configuration.GetSection($"{MonitoringOptions.Section}:Https").Get<HttpsOptions>() ?? new();
        if (!https.Enabled) return builder;

        // Loaded when Kestrel binds, after the options' validation has named what is wrong with the files.
        var certificate = new Lazy<X509Certificate2>(() => ServerCertificate.Load(https));
        builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(o => o.ServerCertificate ??= certificate.Value));

        var configuration = builder.Configuration;
        if (configuration.GetSection("Kestrel:Endpoints").Exists()) return builder;
        var urls = configuration[WebHostDefaults.ServerUrlsKey]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var port = https.Port.ToString(CultureInfo.InvariantCulture);
        if (urls.Length > 0)
        {
            if (urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))) return builder;
            var host = HostOf().Match(urls[0]) is { Success: true } m ? m.Groups["host"].Value : "localhost";
            builder.WebHost.UseUrls([.. urls, $"https://{host}:{port}"]);
        }
        else if (string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey]))
            builder.WebHost.UseSetting(WebHostDefaults.HttpsPortsKey, port);
        else return builder;
        builder.Services.Configure<HttpsRedirectionOptions>(o => o.HttpsPort = https.Port);
        return builder;
    }

    [GeneratedRegex(@"^[a-z]+://(?<host>\[[^\]]*\]|[^:/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HostOf();
}
