using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>Access tokens of the issuer on the API (Oidc:Audience): checked by its keys and audience, mapped as a sign-in.</summary>
[Collection(nameof(ServerHosts))]
public sealed class IssuerTokenTests(SsoFixture fixture) : IClassFixture<SsoFixture>
{
    private const string Polsek = "polsek-kemayoran";

    private SsoCenter Sso => fixture.Center;

    private async Task<HttpClient> BearerAsync(IssuerUser user, string audience = SsoCenter.Audience)
    {
        Sso.Issuer.User = user;
        Sso.Issuer.Audience = audience;
        return Sso.Bearer(await Sso.Issuer.AccessTokenAsync());
    }

    [Fact]
    public async Task A_token_for_the_centers_audience_works_in_its_grants_scope_until_the_person_is_disabled_and_another_audience_is_401()
    {
        var admin = await Sso.Factory.AdminClientAsync();
        using var browser = Sso.Browser();
        await Sso.SignInAsync(browser, new IssuerUser("api-officer", "Brigadir Api", [Roles.Officer], Polsek));
        var people = (await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", Sso.Factory.Json))!.Count;

        using var client = await BearerAsync(new IssuerUser("api-officer", "Brigadir Api", [Roles.Officer], Polsek));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/units/{Polsek}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/units/polsek-gambir")).StatusCode);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("sso.api-officer", me.GetProperty("userName").GetString());
        Assert.Equal("Brigadir Api", me.GetProperty("displayName").GetString());
        // The same person as the page's sign-in: one row, whichever way the issuer's token came.
        Assert.Equal(people, (await admin.GetFromJsonAsync<List<UserView>>("/api/admin/users", Sso.Factory.Json))!.Count);

        using var elsewhere = await BearerAsync(new IssuerUser("api-officer", Roles: [Roles.Officer], Unit: Polsek), audience: "another-api");
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync($"/api/units/{Polsek}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/admin/users/sso.api-officer", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/units/{Polsek}")).StatusCode);
    }

    [Fact]
    public async Task A_token_whose_claims_grant_nothing_is_401_and_a_forged_one_too()
    {
        using var roleless = await BearerAsync(new IssuerUser("api-nobody", Roles: ["superuser"]));
        using var outside = await BearerAsync(new IssuerUser("api-atlantis", Roles: [Roles.Officer], Unit: "polsek-atlantis"));
        using var good = await BearerAsync(new IssuerUser("api-wall", Roles: [Roles.Wall], Unit: "mabes"));
        var parts = good.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        // The same header and signature over a body claiming another role: the signature no longer matches.
        var body = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(
            """{"sub":"api-wall","role":"admin","aud":"mc110"}"""));
        using var forged = Sso.Bearer($"{parts[0]}.{body}.{parts[2]}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await roleless.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await outside.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await good.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/admin/users")).StatusCode);
    }
}
