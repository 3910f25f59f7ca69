using System.Net;

namespace Monitoring.Server.Security;

/// <summary>
/// <c>Monitoring:ForwardedHeaders</c>: the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty by
/// default, so no client can name its own address (the rate limits and the audit trail key on it) or claim HTTPS.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the proxies in front of the center, comma-separated (e.g. <c>10.0.0.5,10.0.0.6</c>).</summary>
    public string? KnownProxies { get; set; }

    /// <summary>Networks of such proxies in CIDR notation, comma-separated (e.g. <c>10.42.0.0/16</c>).</summary>
    public string? KnownNetworks { get; set; }

    /// <summary>Whether any proxy is named; only then are forwarded headers read at all.</summary>
    public bool Trusted => Entries(KnownProxies).Length + Entries(KnownNetworks).Length > 0;

    public IReadOnlyList<IPAddress> Proxies => Entries(KnownProxies).Select(IPAddress.Parse).ToList();

    public IReadOnlyList<IPNetwork> Networks => Entries(KnownNetworks).Select(n => IPNetwork.Parse(n)).ToList();

    /// <summary>What cannot work, each named by its key under <c>Monitoring:ForwardedHeaders</c>.</summary>
    public IEnumerable<string> Problems() =>
        Entries(KnownProxies).Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"KnownProxies entry '{p}' is not an IP address")
            .Concat(Entries(KnownNetworks).Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => $"KnownNetworks entry '{n}' is not a network in CIDR notation (10.0.0.0/8)"));

    private static string[] Entries(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
