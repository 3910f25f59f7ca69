using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>
/// The test issuer and a center on real Kestrel at 127.0.0.1 configured to sign in through it, and browsers for it:
/// HTTP clients that follow redirects and keep cookies, as a browser does through the code flow.
/// </summary>
public sealed class SsoCenter : IAsyncDisposable
{
    public const string Audience = TestIssuer.CenterAudience;

    private readonly TempFolder _folder;

    private SsoCenter(TempFolder folder, TestIssuer issuer, MonitoringFactory factory, Uri address) =>
        (_folder, Issuer, Factory, Address) = (folder, issuer, factory, address);

    public TestIssuer Issuer { get; }

    public MonitoringFactory Factory { get; }

    public Uri Address { get; }

    /// <summary>Settings beyond the issuer's (its authority, the client, the audience of its access tokens) and the tests' own.</summary>
    public static async Task<SsoCenter> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var issuer = await TestIssuer.StartAsync(folder.Path);
        var all = issuer.CenterSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var factory = new MonitoringFactory(folder.Path, all);
        var address = factory.StartKestrel();
        await issuer.AllowCenterAsync(address);
        return new SsoCenter(folder, issuer, factory, address);
    }

    public HttpClient Browser() =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = Address };

    /// <summary>Through /signin/sso and the issuer as <paramref name="user"/>; the answer is the page the browser ends on.</summary>
    public async Task<Uri> SignInAsync(HttpClient browser, IssuerUser user, string returnUrl = "/")
    {
        Issuer.User = user;
        var response = await browser.GetAsync("/signin/sso?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.RequestMessage!.RequestUri!;
    }

    /// <summary>An API client of the center sending <paramref name="token"/> as <c>Authorization: Bearer</c>.</summary>
    public HttpClient Bearer(string? token)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Who the browser is signed in as, or null (401).</summary>
    public static async Task<JsonElement?> MeAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/auth/me");
        if (response.StatusCode == HttpStatusCode.Unauthorized) return null;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A write on the browser's session cookie, with the antiforgery token from /api/auth/me as the page sends it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, object body)
    {
        var me = await MeAsync(browser);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add(Monitoring.Server.Auth.PeopleSetup.CsrfHeader, me!.Value.GetProperty("antiforgeryToken").GetString());
        return await browser.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Issuer.DisposeAsync();
        _folder.Dispose();
    }
}
