using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Monitoring.Server.Tests.Auth;

/// <summary>A signed-out browser asking for a page is sent to /signin with a local returnUrl; the API, /metrics and any
/// client that does not ask for HTML get 401 and never a redirect.</summary>
[StorageIndependent]
public sealed class PageChallengeTests : ServerTest
{
    [Fact]
    public async Task A_signed_out_browser_is_sent_to_the_sign_in_page_and_the_api_gets_401()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var request = new HttpRequestMessage(HttpMethod.Get, "/intake?lang=en");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var page = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.AbsolutePath);
        Assert.Equal("?returnUrl=%2Fintake%3Flang%3Den", page.Headers.Location.Query);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/intake")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
    }
}
