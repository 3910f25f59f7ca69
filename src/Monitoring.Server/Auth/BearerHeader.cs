namespace Monitoring.Server.Auth;

/// <summary>
/// The credentials of <c>Authorization: Bearer …</c>. The scheme's name is case-insensitive (RFC 7235 §2.1): "bearer"
/// and "BEARER" are the same scheme, though the built-in handlers compare it as written.
/// </summary>
public static class BearerHeader
{
    private const string Scheme = "Bearer";

    /// <summary>The token, empty when the scheme came without one; null when the header is not the bearer scheme.</summary>
    public static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length < Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = header.AsSpan(Scheme.Length);
        if (rest.Length > 0 && rest[0] != ' ') return null;
        return rest.Trim().ToString();
    }
}
