using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Monitoring.Server.Http;
using Monitoring.Server.Security;

namespace Monitoring.Server.Tests.Http;

/// <summary>HTTPS by configuration: a certificate file turns TLS on beside the chosen HTTP address, with HSTS and a redirect.</summary>
[StorageIndependent]
public sealed class HttpsTests
{
    /// <summary>
    /// The built server in its own process, told of a certificate the test made: it answers over TLS with that
    /// certificate and Strict-Transport-Security, and HTTP redirects there. Reached by the certificate's name (resolved
    /// to 127.0.0.1 by the client), since HSTS is never sent to localhost.
    /// </summary>
    [Fact]
    public async Task A_configured_certificate_serves_tls_with_hsts_and_http_redirects_to_it()
    {
        using var folder = new TempFolder();
        using var certificate = new TestCertificate();
        var (http, https) = (BuiltServer.FreePort(), BuiltServer.FreePort());
        await using var server = ServerProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{http}",
            ["Monitoring__Https__CertificatePath"] = certificate.WritePfx(folder.Path),
            ["Monitoring__Https__CertificatePassword"] = TestCertificate.Password,
            ["Monitoring__Https__Port"] = https.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AllowedHosts"] = TestCertificate.Host,
        });
        var presented = new List<string>();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presentedCertificate, _, _) =>
                {
                    lock (presented) presented.Add(presentedCertificate?.GetCertHashString() ?? "none");
                    return presentedCertificate?.GetCertHashString() == certificate.Certificate.GetCertHashString();
                },
            },
        }) { BaseAddress = new Uri($"https://{TestCertificate.Host}:{https}"), Timeout = TimeSpan.FromSeconds(5) };

        await server.AnswersAsync(client);
        Assert.All(presented, p => Assert.Equal(certificate.Certificate.GetCertHashString(), p));
        Assert.NotEmpty(presented);

        var secure = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal(["max-age=31536000"], secure.Headers.GetValues("Strict-Transport-Security"));
        Assert.True(secure.Headers.Contains("Content-Security-Policy"));

        var plain = await client.GetAsync($"http://{TestCertificate.Host}:{http}/api/units?page=2");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal(new Uri($"https://{TestCertificate.Host}:{https}/api/units?page=2"), plain.Headers.Location);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.True(plain.Headers.Contains("Content-Security-Policy"));
    }

    private const string Certificate = "--Monitoring:Https:CertificatePath=/etc/monitoring/server.pfx";

    /// <summary>Every documented way of choosing the address keeps working; the https address joins the chosen one.</summary>
    [Theory]
    [InlineData("", "http://localhost:5110", null)]
    [InlineData(Certificate, "http://localhost:5110;https://localhost:5443", null)]
    [InlineData(Certificate + " --urls=http://127.0.0.1:5999", "http://127.0.0.1:5999;https://127.0.0.1:5443", null)]
    [InlineData(Certificate + " --urls=http://+:8080 --Monitoring:Https:Port=6001", "http://+:8080;https://+:6001", null)]
    [InlineData(Certificate + " --urls=http://127.0.0.1:5999;https://127.0.0.1:6000", "http://127.0.0.1:5999;https://127.0.0.1:6000", null)]
    [InlineData(Certificate + " --http_ports=8080", null, "5443")]
    [InlineData(Certificate + " --https_ports=8443", null, "8443")]
    [InlineData(Certificate + " --Kestrel:Endpoints:Http:Url=http://127.0.0.1:5999", null, null)]
    public void The_https_address_joins_the_chosen_one(string arguments, string? urls, string? httpsPorts)
    {
        var builder = WebApplication.CreateBuilder(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ListenOnDefaultUnlessChosen().ListenWithTlsWhenConfigured();
        Assert.Equal(urls, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
        Assert.Equal(httpsPorts, builder.WebHost.GetSetting(WebHostDefaults.HttpsPortsKey));
    }

    /// <summary>PKCS#12, PEM with the key beside it (plain or encrypted) or in the same file: each loads; a wrong password or
    /// a missing file stops the server with the setting named and the password never repeated.</summary>
    [Fact]
    public void The_certificate_loads_from_pfx_or_pem_and_a_bad_one_is_named()
    {
        using var folder = new TempFolder();
        using var certificate = new TestCertificate();
        var (pem, key) = certificate.WritePem(folder.Path);
        var encrypted = certificate.WritePem(Directory.CreateDirectory(Path.Combine(folder.Path, "encrypted")).FullName, "key-password");
        var combined = Path.Combine(folder.Path, "combined.pem");
        File.WriteAllText(combined, File.ReadAllText(pem) + "\n" + File.ReadAllText(key));

        foreach (var https in new[]
                 {
                     new HttpsOptions { CertificatePath = certificate.WritePfx(folder.Path), CertificatePassword = TestCertificate.Password },
                     new HttpsOptions { CertificatePath = pem, KeyPath = key },
                     new HttpsOptions { CertificatePath = encrypted.Certificate, KeyPath = encrypted.Key, CertificatePassword = "key-password" },
                     new HttpsOptions { CertificatePath = combined },
                 })
        {
            Assert.Empty(https.Problems());
            using var loaded = ServerCertificate.Load(https);
            Assert.True(loaded.HasPrivateKey);
            Assert.Equal(certificate.Certificate.GetCertHashString(), loaded.GetCertHashString());
        }

        var wrong = new HttpsOptions { CertificatePath = Path.Combine(folder.Path, "server.pfx"), CertificatePassword = "not-the-password" }.Problems().Single();
        Assert.StartsWith("CertificatePath", wrong);
        Assert.DoesNotContain("not-the-password", wrong);
        Assert.Contains("cannot be read", new HttpsOptions { CertificatePath = Path.Combine(folder.Path, "missing.pfx") }.Problems().Single());
        Assert.Contains("cannot be read", new HttpsOptions { CertificatePath = pem }.Problems().Single());
        Assert.Equal(["CertificatePath is required when KeyPath or CertificatePassword is set"], new HttpsOptions { KeyPath = key }.Problems());
    }
}
