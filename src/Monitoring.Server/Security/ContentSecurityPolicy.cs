using System.Text.RegularExpressions;

namespace Monitoring.Server.Security;

/// <summary>
/// What the pages may load: their own scripts, styles, images, feed and API only, never inline script or style
/// attributes, and no framing. Images may also come from the map tile server of <c>Monitoring:Ui:TileUrl</c>. Leaflet
/// and Chart.js position and size through the CSSOM (<c>element.style</c>), which style-src does not govern. The hub's
/// WebSocket is covered by connect-src 'self', which matches ws: and wss: of the same host.
/// </summary>
public static partial class ContentSecurityPolicy
{
    public static string For(UiOptions ui)
    {
        TryTileSource(ui.TileUrl, out var tiles);
        return string.Join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", $"img-src 'self' data:{(tiles is null ? "" : " " + tiles)}",
            "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
    }

    /// <summary>
    /// The source of an absolute tile URL as CSP writes it: scheme, host and port, its leading placeholder labels
    /// (<c>{s}.tile.example.org</c>) as <c>*</c>; null for a path on this center. False when a source cannot say it
    /// (another scheme, a placeholder deeper in the host).
    /// </summary>
    public static bool TryTileSource(string? tileUrl, out string? source)
    {
        source = null;
        if (string.IsNullOrWhiteSpace(tileUrl) || tileUrl.StartsWith('/') && !tileUrl.StartsWith("//", StringComparison.Ordinal)) return true;
        var match = Origin().Match(tileUrl.Trim());
        if (!match.Success) return false;
        var labels = match.Groups["host"].Value.Split('.');
        var templated = labels.TakeWhile(l => l.Contains('{')).Count();
        if (labels.Skip(templated).Any(l => l.Contains('{') || l.Contains('}') || l.Length == 0) || templated == labels.Length) return false;
        var host = string.Join('.', (templated > 0 ? ["*"] : Array.Empty<string>()).Concat(labels.Skip(templated)));
        source = $"{match.Groups["scheme"].Value.ToLowerInvariant()}://{host}{match.Groups["port"].Value}";
        return true;
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>[^/:?#\s]+)(?<port>:\d+)?(?:[/?#]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Origin();
}
