using System.Net;

namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>An issuer that does not answer: the sign-in page is told the sign-in failed, and local accounts still work.</summary>
public sealed class UnreachableIssuerTests() : ServerTest(new Dictionary<string, string?>
{
    // A port nobody listens on: the connection is refused at once.
    ["Monitoring:Auth:Oidc:Authority"] = $"http://127.0.0.1:{BuiltServer.FreePort()}/",
    ["Monitoring:Auth:Oidc:ClientId"] = "mc110",
})
{
    [Fact]
    public async Task The_button_leads_back_to_the_sign_in_page_with_the_failure_and_passwords_still_work()
    {
        using var browser = Factory.CreateClient(new() { AllowAutoRedirect = false });

        var started = await browser.GetAsync("/signin/sso?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/signin?sso=failed", started.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Api.Client.GetAsync("/api/units")).StatusCode);
    }
}
