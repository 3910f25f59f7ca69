using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Monitoring.Simulator;

namespace Monitoring.Benchmarks;

/// <summary>
/// The benchmark signs in as those who run a center do: the center starts with an admin whose password is made for
/// this run alone, and the admin issues one machine token for each part of the work, with only the rights that part
/// needs. A machine token lasts until it is revoked, so the same ones serve after the restart that follows the SIGKILL;
/// a person's access token would lapse within the hour, long before the largest run ends. The role names are those of
/// src/Monitoring.Server/Auth/Roles.cs, written out: the benchmark runs the server as a process and does not link it.
/// </summary>
public sealed record BenchTokens(string Integration, string Operator, string Manager)
{
    /// <summary>
    /// The settings a center must first start with for <see cref="IssueAsync"/> to sign in: they make the admin, and
    /// ask no second factor of it, which a benchmark has none to give.
    /// </summary>
    public static IReadOnlyDictionary<string, string> CenterEnvironment(string adminPassword) => new Dictionary<string, string>
    {
        ["Monitoring__Auth__BootstrapAdminPassword"] = adminPassword,
        ["Monitoring__Auth__TwoFactorRoles"] = "none",
    };

    /// <summary>24 random characters with at least one of each kind, so whatever rule the center holds passwords to, it holds.</summary>
    public static string NewAdminPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!#%*+-=?@_~";
        return RandomNumberGenerator.GetString(upper, 1) + RandomNumberGenerator.GetString(lower, 1) + RandomNumberGenerator.GetString(digits, 1)
            + RandomNumberGenerator.GetString(symbols, 1) + RandomNumberGenerator.GetString(upper + lower + digits + symbols, 20);
    }

    /// <summary>Signs in as the admin, then issues the three tokens: intake, acting and reading the wall, and /metrics.</summary>
    public static async Task<BenchTokens> IssueAsync(HttpClient center, string adminPassword)
    {
        var signedIn = await SendAsync(center, Post("/api/auth/token", token: null, new { userName = "admin", password = adminPassword }),
            "signing in as admin");
        var admin = signedIn.GetProperty("accessToken").GetString()!;

        async Task<string> IssueAsync(string role, string? unitId) =>
            (await SendAsync(center, Post("/api/admin/tokens", admin, new { name = $"benchmark {role}", role, unitId }), $"issuing the {role} token"))
            .GetProperty("token").GetString()!;

        // An operator of mabes, the top of the tree, may act on every case and see the whole wall.
        return new BenchTokens(await IssueAsync("integration", null), await IssueAsync("operator", "mabes"), await IssueAsync("manager", null));
    }

    /// <summary>The load's tokens: the calls go in as the integration, the officers act as the operator.</summary>
    public CenterTokens ForLoad => new(Integration, Operator);

    /// <summary>A POST of JSON with the bearer token on the request itself, as one client carries calls of several roles.</summary>
    public static HttpRequestMessage Post(string path, string? token, object body) => new(HttpMethod.Post, path)
    {
        Content = JsonContent.Create(body),
        Headers = { Authorization = CenterTokens.Header(token) },
    };

    /// <summary>The answer's JSON; a refusal stops the benchmark with what the center said, since nothing after it could run.</summary>
    private static async Task<JsonElement> SendAsync(HttpClient center, HttpRequestMessage request, string what)
    {
        using (request)
        using (var response = await center.SendAsync(request))
        {
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }

    /// <summary>A record prints its values, and a token written to a log is a token handed out.</summary>
    public override string ToString() => "BenchTokens { (hidden) }";
}
