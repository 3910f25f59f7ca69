using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>Monitoring:Auth:LocalAccounts=false: people sign in only through the issuer; machines keep their API tokens.</summary>
[Collection(nameof(ServerHosts))]
public sealed class LocalAccountsOffTests
{
    [Fact]
    public async Task Password_sign_in_and_tokens_are_refused_the_page_is_told_so_and_an_admin_from_the_issuer_still_issues_machine_tokens()
    {
        await using var sso = await SsoCenter.StartAsync(new Dictionary<string, string?>
        {
            ["Monitoring:Auth:LocalAccounts"] = "false",
            ["Monitoring:Auth:Oidc:Audience"] = "",
        });
        using var anonymous = new HttpClient { BaseAddress = sso.Address };

        var methods = await anonymous.GetFromJsonAsync<JsonElement>("/api/auth/methods");
        Assert.False(methods.GetProperty("localAccounts").GetBoolean());
        Assert.True(methods.GetProperty("sso").GetBoolean());
        foreach (var url in new[] { "/api/auth/signin", "/api/auth/token" })
        {
            var refused = await anonymous.PostAsJsonAsync(url, new { userName = "admin", password = SignIn.AdminPassword });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("LocalAccounts", (await AuthApi.JsonAsync(refused)).GetProperty("detail").GetString());
        }
        Assert.Contains("id=\"sso-link\"", await anonymous.GetStringAsync("/signin"));

        using var browser = sso.Browser();
        await sso.SignInAsync(browser, new IssuerUser("chief", "Kepala Admin", [Roles.Admin]));
        var people = await browser.GetFromJsonAsync<List<UserView>>("/api/admin/users", sso.Factory.Json);
        Assert.Equal(["sso.chief"], people!.Select(p => p.UserName));   // no bootstrap admin with a useless password

        var issued = await SsoCenter.PostAsync(browser, "/api/admin/tokens", new { name = "cad-bridge", role = Roles.Integration });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        using var machine = sso.Bearer((await AuthApi.JsonAsync(issued)).GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/metrics")).StatusCode);

        // Without Oidc:Audience the issuer's own access tokens are not taken.
        sso.Issuer.User = new IssuerUser("chief", Roles: [Roles.Admin]);
        using var issuerToken = sso.Bearer(await sso.Issuer.AccessTokenAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await issuerToken.GetAsync("/api/admin/users")).StatusCode);
    }
}
