using Microsoft.Extensions.Options;
using Monitoring.Server.Auth;

namespace Monitoring.Server;

/// <summary>The web pages: the wall at /, a unit's console at /unit/{unitId} (a unit picker at /unit), the call taker's intake at /intake, the reports at
/// /reports, people and tokens at /admin, the audit trail at /audit, the sign-in at /signin.</summary>
public static class Pages
{
    public sealed record UiConfig(string? TileUrl, string? TileAttribution, double CallWarnAfterSeconds, double CallAnswerWithinSeconds);

    /// <summary>Each page a person may be offered in the pages' navigation, by the policy its API calls need: a page whose calls
    /// would be refused is not offered. A unit's console is the person's own unit's, or the picker when there is none.</summary>
    private static readonly (string Path, string Policy)[] Offered =
    [
        ("/", Policies.WatchWall), ("/intake", Policies.RecordInteractions), ("/unit", Policies.ActOnCases),
        ("/reports", Policies.Reports), ("/admin", Policies.Admin), ("/audit", Policies.Admin),
    ];

    public static IReadOnlyList<string> OfferedTo(string? role, string? unitId) =>
    [
        .. Offered.Where(page => Policies.Admits(page.Policy, role))
            .Select(page => page.Path == "/unit" && unitId is not null ? $"/unit/{Uri.EscapeDataString(unitId)}" : page.Path),
    ];

    public static WebApplication MapPages(this WebApplication app)
    {
        // Scripts, styles and icons are served to anyone (the sign-in page needs them); the pages themselves need a sign-in.
        app.UseStaticFiles();
        app.MapGet("/", () => Page("index.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/unit/{unitId}", () => Page("unit.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/unit", () => Page("unit.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/intake", () => Page("intake.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/reports", () => Page("reports.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/admin", () => Page("admin.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/audit", () => Page("audit.html")).ExcludeFromDescription().RequireAuthorization(Policies.SignedIn);
        app.MapGet("/signin", () => Page("signin.html")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/api/ui/config", (IOptions<MonitoringOptions> options) =>
                new UiConfig(Blank(options.Value.Ui.TileUrl), Blank(options.Value.Ui.TileAttribution),
                    options.Value.Telephony.WarnAfter.TotalSeconds, options.Value.Telephony.AnswerWithin.TotalSeconds))
            .WithTags("Pages")
            .WithSummary("What the pages need from configuration: an optional map tile server, and when a ringing call turns amber and red.")
            .RequireAuthorization(Policies.SignedIn);
        return app;

        IResult Page(string file) => Results.File(Path.Combine(app.Environment.WebRootPath, file), "text/html; charset=utf-8");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
