using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Auth;
using Monitoring.Server.Wall;

namespace Monitoring.Server.Tests.Auth;

/// <summary>
/// Every endpoint and hub method, called as anonymous and as every role, against this table of who may call it. The table
/// is written here, not read from the server's policies, so that a policy changed by mistake fails; an endpoint missing
/// from it fails too, so no endpoint lands without its line.
/// </summary>
[StorageIndependent]
public sealed class AuthorizationMatrixTests : ServerTest
{
    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] Watchers = [Roles.Operator, Roles.Officer, Roles.Manager, Roles.Wall];
    private static readonly string[] Actors = [Roles.Operator, Roles.Officer];
    private const string Anonymous = "anonymous";

    /// <summary>One endpoint: its method and route pattern as the server lists them, a request that reaches it, who may.</summary>
    /// <param name="Renews">The line renews the person's security stamp, which ends the token it was called with: each
    /// such line signs in afresh.</param>
    private sealed record Line(string Method, string Pattern, string Url, string[] Allowed, bool Page = false, bool Open = false, object? Body = null,
        bool Renews = false);

    private static Line[] Matrix(string caseId, string polsek) =>
    [
        new("GET", "/", "/", Everyone, Page: true),
        new("GET", "/unit/{unitId}", $"/unit/{polsek}", Everyone, Page: true),
        new("GET", "/unit", "/unit", Everyone, Page: true),
        new("GET", "/intake", "/intake", Everyone, Page: true),
        new("GET", "/reports", "/reports", Everyone, Page: true),
        new("GET", "/admin", "/admin", Everyone, Page: true),
        new("GET", "/audit", "/audit", Everyone, Page: true),
        new("GET", "/api/ui/config", "/api/ui/config", Everyone),
        new("POST", "/api/interactions", "/api/interactions", [Roles.CallTaker, Roles.Operator, Roles.Integration], Body: Api.Report()),
        new("GET", "/api/callers/{callerNumber}/interactions", "/api/callers/081234567890/interactions", [Roles.CallTaker, Roles.Operator]),
        new("GET", "/api/callers/{callerNumber}", "/api/callers/081234567890", [Roles.CallTaker, Roles.Operator]),
        .. new[] { "flag", "screen", "clear" }.Select(action => new Line("POST", $"/api/callers/{{callerNumber}}/{action}",
            $"/api/callers/081234567890/{action}", [Roles.Operator], Body: new { reason = "uji" })),
        new("GET", "/api/cases/", "/api/cases", Watchers),
        new("GET", "/api/cases/{caseId}", $"/api/cases/{caseId}", Watchers),
        new("GET", "/api/cases/nearby", "/api/cases/nearby?latitude=-6.2&longitude=106.8&category=fire", [Roles.CallTaker, Roles.Operator, Roles.Integration]),
        .. new[] { "acknowledge", "dispatch", "arrive", "resolve", "cancel", "reassign", "note" }.Select(action => new Line("POST", $"/api/cases/{{caseId}}/{action}",
            $"/api/cases/{caseId}/{action}", Actors, Body: new { patrol = "R2-07", outcome = "Selesai", reason = "duplicate", note = "uji" })),
        new("POST", "/api/cases/{caseId}/unlink", $"/api/cases/{caseId}/unlink", [Roles.Operator], Body: new { interactionId = "i-none" }),
        new("POST", "/api/cases/{caseId}/merge", $"/api/cases/{caseId}/merge", [Roles.Operator], Body: new { intoCaseId = "K-261207-0000000000", reason = "uji" }),
        new("POST", "/api/cases/{caseId}/alarms/acknowledge", $"/api/cases/{caseId}/alarms/acknowledge", [Roles.Operator], Body: new { }),
        new("GET", "/api/units/", "/api/units", Everyone),
        new("GET", "/api/units/{unitId}", $"/api/units/{polsek}", Watchers),
        new("GET", "/api/units/{unitId}/patrols/", $"/api/units/{polsek}/patrols", Watchers),
        new("POST", "/api/units/{unitId}/patrols/", $"/api/units/{polsek}/patrols", Actors, Body: new { name = "" }),
        new("DELETE", "/api/units/{unitId}/patrols/{name}", $"/api/units/{polsek}/patrols/none", Actors),
        new("POST", "/api/units/{unitId}/patrols/{name}/release", $"/api/units/{polsek}/patrols/none/release", Actors),
        new("GET", "/api/coverage/resolve", "/api/coverage/resolve?latitude=-6.2&longitude=106.8", Everyone),
        new("GET", "/api/coverage/areas", "/api/coverage/areas", Everyone),
        new("GET", "/api/coverage/search", "/api/coverage/search?q=setu", Everyone),
        new("GET", "/api/alerts/", "/api/alerts", [Roles.Operator, Roles.Manager, Roles.Wall]),
        new("GET", "/api/telephony/calls", "/api/telephony/calls", [Roles.CallTaker, Roles.Operator, Roles.Manager, Roles.Wall]),
        new("GET", "/api/stats/today", "/api/stats/today", Everyone),
        new("GET", "/api/reports/response-times", "/api/reports/response-times", [Roles.Manager]),
        new("GET", "/api/reports/nuisance", "/api/reports/nuisance", [Roles.Manager]),
        new("POST", "/api/telephony/aml", "/api/telephony/aml", [Roles.Integration], Body: new { }),
        new("POST", "/api/telephony/events", "/api/telephony/events", [Roles.Integration], Body: new { }),
        new("*", "/metrics", "/metrics", [Roles.Manager, Roles.Integration]),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Everyone),
        new("*", "/healthz", "/healthz", Everyone, Open: true),
        new("*", "/readyz", "/readyz", Everyone, Open: true),
        new("POST", "/api/auth/token", "/api/auth/token", Everyone, Open: true, Body: new { userName = "admin", password = SignIn.AdminPassword }),
        new("POST", "/api/auth/signin", "/api/auth/signin", Everyone, Open: true, Body: new { userName = "admin", password = SignIn.AdminPassword }),
        new("GET", "/signin", "/signin", Everyone, Open: true),
        new("GET", "/signin/sso", "/signin/sso?returnUrl=%2F", Everyone, Open: true),
        new("GET", "/api/auth/methods", "/api/auth/methods", Everyone, Open: true),
        new("GET", "/api/auth/me", "/api/auth/me", Everyone),
        new("POST", "/api/auth/passkey/options", "/api/auth/passkey/options", Everyone, Open: true),
        new("POST", "/api/auth/passkey/signin", "/api/auth/passkey/signin", Everyone, Open: true, Body: new { }),
        new("POST", "/api/auth/passkeys/options", "/api/auth/passkeys/options", Everyone),
        new("POST", "/api/auth/passkeys", "/api/auth/passkeys", Everyone, Body: new { name = "" }),
        new("GET", "/api/auth/passkeys", "/api/auth/passkeys", Everyone),
        new("DELETE", "/api/auth/passkeys/{id}", "/api/auth/passkeys/AAAA", Everyone),
        new("POST", "/api/auth/password", "/api/auth/password", Everyone, Body: new { currentPassword = "wrong-password-x", newPassword = "x" }),
        new("POST", "/api/admin/users/", "/api/admin/users", [Roles.Admin], Body: new { userName = "" }),
        new("GET", "/api/admin/users/", "/api/admin/users", [Roles.Admin]),
        new("PATCH", "/api/admin/users/{userName}", "/api/admin/users/nobody", [Roles.Admin], Body: new { displayName = "x" }),
        new("POST", "/api/admin/users/{userName}/password", "/api/admin/users/nobody/password", [Roles.Admin], Body: new { password = "x" }),
        new("POST", "/api/admin/users/{userName}/revoke", "/api/admin/users/nobody/revoke", [Roles.Admin]),
        new("POST", "/api/admin/users/{userName}/authenticator/reset", "/api/admin/users/nobody/authenticator/reset", [Roles.Admin]),
        new("POST", "/api/admin/tokens/", "/api/admin/tokens", [Roles.Admin], Body: new { name = "" }),
        new("GET", "/api/admin/tokens/", "/api/admin/tokens", [Roles.Admin]),
        new("DELETE", "/api/admin/tokens/{id}", "/api/admin/tokens/0", [Roles.Admin]),
        new("GET", "/api/admin/audit", "/api/admin/audit", [Roles.Admin]),
        new("POST", "/api/auth/authenticator", "/api/auth/authenticator", Everyone, Renews: true),
        new("POST", "/api/auth/authenticator/verify", "/api/auth/authenticator/verify", Everyone, Body: new { code = "000000" }, Renews: true),
        new("POST", "/api/auth/signout", "/api/auth/signout", Everyone, Renews: true),
    ];

    /// <summary>The hub's own endpoints, whose methods the hub part below calls.</summary>
    private static readonly string[] HubPatterns = [WallHub.Path, WallHub.Path + "/negotiate"];

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_table_says_and_none_is_missing_from_it()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var matrix = Matrix(intake.CaseId!.Value.Value, intake.AssignedUnitId!.Value.Value);

        var listed = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(e => !HubPatterns.Any(h => e.EndsWith(" " + h)))
            .ToHashSet();
        var known = matrix.Select(l => $"{l.Method} {l.Pattern}").ToHashSet();
        Assert.Empty(listed.Except(known).Order());
        Assert.Empty(known.Except(listed).Order());

        var wrong = new List<string>();
        foreach (var role in Roles.All.Append(Anonymous))
        {
            var client = role == Anonymous ? Anonymously() : await Factory.ClientAsAsync(role, Roles.Scoped.Contains(role) ? "mabes" : null);
            foreach (var line in matrix)
            {
                var request = new HttpRequestMessage(new HttpMethod(line.Method == "*" ? "GET" : line.Method), line.Url);
                if (line.Body is not null) request.Content = JsonContent.Create(line.Body);
                if (line.Page) request.Headers.Accept.ParseAdd("text/html");
                if (line.Renews && role != Anonymous) request.Headers.Authorization = new("Bearer", await FreshTokenAsync(role));
                var status = (await client.SendAsync(request)).StatusCode;
                var expected = Expected(line, role);
                if (expected != Answer(status, line)) wrong.Add($"{role} {line.Method} {line.Url}: {(int)status}, expected {expected}");
            }
        }
        Assert.Empty(wrong);
    }

    private Task<string> FreshTokenAsync(string role)
    {
        var unit = Roles.Scoped.Contains(role) ? "mabes" : null;
        return role == Roles.Admin
            ? SignIn.TokenAsync(Anonymously(), "admin", SignIn.AdminPassword)
            : SignIn.TokenAsync(Anonymously(), SignIn.UserName(role, unit), SignIn.UserPassword);
    }

    /// <summary>Without cookies, so the sign-in line's cookie does not sign in the lines after it.</summary>
    private HttpClient Anonymously() => Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static string Expected(Line line, string role) =>
        line.Open || line.Allowed.Contains(role) ? "allowed"
        : role != Anonymous ? "403"
        : line.Page ? "to sign-in" : "401";

    private static string Answer(HttpStatusCode status, Line line) => status switch
    {
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        HttpStatusCode.Redirect or HttpStatusCode.Found when line.Page => "to sign-in",
        _ => "allowed",
    };

    [Fact]
    public async Task The_hub_takes_a_sign_in_and_admits_each_role_to_the_feeds_the_table_says()
    {
        var intake = await Api.RecordAsync(Api.Report());
        var polsek = intake.AssignedUnitId!.Value.Value;
        string[] wall = [Roles.Operator, Roles.Manager, Roles.Wall];

        await Assert.ThrowsAnyAsync<HttpRequestException>(async () =>
        {
            await using var anonymous = new WallWatcher(Factory, accessToken: null);
            await anonymous.JoinAsync(nameof(WallHub.JoinWall));
        });

        var wrong = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = await Factory.ClientAsAsync(role, Roles.Scoped.Contains(role) ? "mabes" : null);
            foreach (var (method, args, allowed) in new[]
                     {
                         (nameof(WallHub.JoinWall), Array.Empty<object>(), wall),
                         (nameof(WallHub.JoinUnit), new object[] { polsek }, Watchers),
                         (nameof(WallHub.JoinPoldaWall), new object[] { intake.UnitChain[^2].Value }, wall),
                     })
            {
                await using var watcher = new WallWatcher(Factory, await client.TokenAsync());
                var joined = await Joins(watcher, method, args);
                if (joined != allowed.Contains(role)) wrong.Add($"{role} {method}: {(joined ? "joined" : "refused")}");
            }
        }
        Assert.Empty(wrong);
    }

    private static async Task<bool> Joins(WallWatcher watcher, string method, object[] args)
    {
        try
        {
            await watcher.JoinAsync(method, args);
            return true;
        }
        catch (HubException)
        {
            return false;
        }
    }
}
