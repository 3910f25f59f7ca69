namespace Monitoring.Server.Auth;

/// <summary>
/// <c>Monitoring:Auth:Oidc</c>: sign-in through an OpenID Connect issuer (the authorization code flow with PKCE), and,
/// with <see cref="Audience"/>, the issuer's own access tokens on the API. Unset <see cref="Authority"/> turns it off.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>Where the center finds the issuer (<c>/.well-known/openid-configuration</c> below it).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: a public client proves itself with PKCE alone. Best given as a file in the secrets directory.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space- or comma-separated; must include openid.</summary>
    public string Scopes { get; set; } = "openid profile";

    /// <summary>The ID token's claim naming the center's role; one of its values must be a role the center knows.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim naming the unit of the jurisdiction tree a scoped role works in.</summary>
    public string UnitClaim { get; set; } = "unit";

    /// <summary>The claim holding the officer's NRP; unset reads none.</summary>
    public string? NrpClaim { get; set; }

    /// <summary>The claim holding the name the center shows for the person.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The audience the issuer's access tokens must name to be taken on the API; unset takes none.</summary>
    public string? Audience { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public bool TakesIssuerTokens => Enabled && !string.IsNullOrWhiteSpace(Audience);

    /// <summary>Whether the issuer's metadata is read over https: always, but for an issuer on this machine.</summary>
    public bool RequiresHttps => !Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp;

    public IReadOnlyList<string> ScopeList =>
        Scopes.Split([' ', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What cannot work, each named by its key under <c>Monitoring:Auth:Oidc</c>.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            if (new[] { ClientId, ClientSecret, Audience }.Any(s => !string.IsNullOrWhiteSpace(s)))
                yield return "Authority is required when ClientId, ClientSecret or Audience is set";
            yield break;
        }
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            yield return $"Authority '{Authority}' must be an absolute https URL";
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            // Over plain http anyone on the way could hand the center their own keys and sign in as anybody.
            yield return $"Authority '{Authority}' must be https; http is taken only for an issuer on 127.0.0.1 or localhost";
        else if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            yield return $"Authority '{Authority}' must have no query or fragment";
        if (string.IsNullOrWhiteSpace(ClientId)) yield return "ClientId is required when Authority is set";
        if (!ScopeList.Contains("openid", StringComparer.Ordinal)) yield return "Scopes must include openid";
        foreach (var (name, claim) in new[] { (nameof(RoleClaim), RoleClaim), (nameof(UnitClaim), UnitClaim), (nameof(NameClaim), NameClaim) })
            if (string.IsNullOrWhiteSpace(claim)) yield return $"{name} must name a claim";
    }
}
