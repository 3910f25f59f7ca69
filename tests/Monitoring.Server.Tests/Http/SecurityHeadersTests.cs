using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Monitoring.Server.Tests.Http;

/// <summary>Every kind of answer the center gives carries the security headers; the API's and the hub's are never stored.</summary>
[StorageIndependent]
public sealed class SecurityHeadersTests() : ServerTest(new Dictionary<string, string?>
{
    ["Monitoring:Ui:TileUrl"] = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
})
{
    private static void CarriesTheHeaders(HttpResponseMessage response, string what)
    {
        var policy = string.Join(",", response.Headers.TryGetValues("Content-Security-Policy", out var v) ? v : []);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'",
                     "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data: https://*.tile.openstreetmap.org" })
            Assert.True(policy.Split(';', StringSplitOptions.TrimEntries).Contains(directive), $"{what}: '{directive}' missing from '{policy}'");
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
    }

    private static void NotStored(HttpResponseMessage response, string what) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}'");

    [Fact]
    public async Task Every_kind_of_response_carries_the_headers_and_the_api_and_the_hub_are_never_stored()
    {
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var calltaker = await Factory.ClientAsAsync("calltaker");
        var manager = Api.Manager;
        HttpRequestMessage Negotiate(string? origin = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/wall/negotiate?negotiateVersion=1");
            if (origin is not null) request.Headers.Add("Origin", origin);
            return request;
        }

        var api = new (string What, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Status)[]
        {
            ("an API answer", () => Api.Client.GetAsync("/api/units"), HttpStatusCode.OK),
            ("an answer from the output cache", () => Api.Client.GetAsync("/api/coverage/areas"), HttpStatusCode.OK),
            ("the same from the cache", () => Api.Client.GetAsync("/api/coverage/areas"), HttpStatusCode.OK),
            ("a 401", () => anonymous.GetAsync("/api/units"), HttpStatusCode.Unauthorized),
            ("a 403", () => manager.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden),
            ("a 404 problem", () => Api.Client.GetAsync("/api/cases/K-261128-0000000000"), HttpStatusCode.NotFound),
            ("a 400 problem", () => calltaker.PostAsJsonAsync("/api/interactions", new { callerNumber = "08-ABC", kind = "report" }), HttpStatusCode.BadRequest),
            ("a token", () => anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = SignIn.AdminPassword }), HttpStatusCode.OK),
            ("the hub's negotiate", () => Api.Client.SendAsync(Negotiate()), HttpStatusCode.OK),
            ("the hub refusing another site", () => Api.Client.SendAsync(Negotiate("http://evil.example")), HttpStatusCode.Forbidden),
        };
        foreach (var (what, send, status) in api)
        {
            var response = await send();
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            CarriesTheHeaders(response, what);
            NotStored(response, what);
        }

        var others = new (string What, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Status)[]
        {
            ("a page", () => Api.Client.GetAsync("/"), HttpStatusCode.OK),
            ("the sign-in page", () => anonymous.GetAsync("/signin"), HttpStatusCode.OK),
            ("a static file", () => anonymous.GetAsync("/css/site.css"), HttpStatusCode.OK),
            ("a script", () => anonymous.GetAsync("/js/wall.js"), HttpStatusCode.OK),
            ("a 404 page", () => Api.Client.GetAsync("/nowhere"), HttpStatusCode.NotFound),
            ("a signed-out page's 401", () => anonymous.GetAsync("/intake"), HttpStatusCode.Unauthorized),
            ("the probe", () => anonymous.GetAsync("/healthz"), HttpStatusCode.OK),
            ("a foreign Host", () => anonymous.GetAsync("http://evil.example/healthz"), HttpStatusCode.BadRequest),
        };
        foreach (var (what, send, status) in others)
        {
            var response = await send();
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}");
            CarriesTheHeaders(response, what);
        }

        // Static files keep the caching they had: validators, and no no-store.
        var script = await anonymous.GetAsync("/css/site.css");
        Assert.False(script.Headers.CacheControl?.NoStore ?? false);
        Assert.NotNull(script.Headers.ETag);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org")]
    [InlineData("HTTP://tiles.polri.example:8080/osm/{z}/{x}/{y}.png?key=1", "http://tiles.polri.example:8080")]
    public void The_tile_server_is_named_by_its_origin(string? tileUrl, string? source)
    {
        Assert.True(Security.ContentSecurityPolicy.TryTileSource(tileUrl, out var found));
        Assert.Equal(source, found);
    }

    [Theory]
    [InlineData("ftp://tiles.example/{z}/{x}/{y}.png")]
    [InlineData("https://tiles.{s}.example/{z}/{x}/{y}.png")]
    [InlineData("//tiles.example/{z}/{x}/{y}.png")]
    [InlineData("https://{s}/{z}/{x}/{y}.png")]
    public void A_tile_server_a_policy_cannot_name_stops_the_server(string tileUrl)
    {
        var problems = new MonitoringOptionsValidator().Validate(null, new MonitoringOptions
        {
            Storage = { ConnectionString = "Data Source=x.db" }, Ui = { TileUrl = tileUrl },
        });
        Assert.Contains("Monitoring:Ui:TileUrl", problems.FailureMessage);
    }
}
