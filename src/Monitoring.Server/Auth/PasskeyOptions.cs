namespace Monitoring.Server.Auth;

/// <summary><c>Monitoring:Auth:Passkeys</c>: signing in with a passkey (WebAuthn).</summary>
public sealed class PasskeyOptions
{
    /// <summary>
    /// The relying party's id, which a passkey is bound to for good: the host name people reach the center by, or a domain
    /// above it. Unset, the host of each request is taken, which is right for one name; behind a proxy that rewrites the
    /// host, or with several names for one center, set it, or passkeys made under one name fail under the other. An IP
    /// address is never a valid id: browsers refuse passkeys at <c>http://127.0.0.1</c> but not at <c>http://localhost</c>.
    /// </summary>
    public string? ServerDomain { get; set; }

    public IEnumerable<string> Problems()
    {
        if (ServerDomain is { } domain && (domain.Length == 0 || domain.Contains('/') || domain.Contains(':') || System.Net.IPAddress.TryParse(domain, out _)))
            yield return "Passkeys:ServerDomain must be a host name without scheme, port or path, not an IP address";
    }
}
