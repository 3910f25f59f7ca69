using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Server.Tests.Auth;

/// <summary>
/// What a page gets once someone makes it require a sign-in: a redirect to /signin with a local returnUrl; the API never
/// redirects. The pages are left open on this branch, so a middleware here challenges as the authorization would.
/// </summary>
public sealed class PageChallengeTests : ServerTest
{
    [Fact]
    public async Task A_challenged_page_is_sent_to_the_sign_in_page_and_the_api_gets_401()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ChallengeEverything>()));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/intake?lang=en");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.AbsolutePath);
        Assert.Equal("?returnUrl=%2Fintake%3Flang%3Den", page.Headers.Location.Query);

        var api = await client.GetAsync("/api/units");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private sealed class ChallengeEverything : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (context.Request.Path.StartsWithSegments("/signin")) await inner(context);
                else await context.ChallengeAsync();
            });
            next(app);
        };
    }
}
