using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

/// <summary>HTTP authentication schemes are case-insensitive (RFC 7235 §2.1): "bearer" is the bearer scheme.</summary>
[StorageIndependent]
public sealed class BearerSchemeTests(SharedServer server) : ServerTest(server), IClassFixture<SharedServer>
{
    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("Bearer")]
    public async Task An_access_token_and_an_api_token_work_under_the_scheme_in_any_case(string scheme)
    {
        var admin = await Factory.AdminClientAsync();
        var access = (await JsonAsync(await TokenAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword))).GetProperty("accessToken").GetString()!;
        var api = (await JsonAsync(await admin.PostAsJsonAsync("/api/admin/tokens", new { name = $"asterisk-{scheme}", role = Roles.Integration })))
            .GetProperty("token").GetString()!;

        Assert.Equal("admin", (await MeAsync($"{scheme} {access}")).GetProperty("userName").GetString());
        Assert.Equal($"asterisk-{scheme}", (await MeAsync($"{scheme} {api}")).GetProperty("userName").GetString());
    }

    [Theory]
    [InlineData("bearerx {0}")]
    [InlineData("Basic {0}")]
    [InlineData("bearer")]
    [InlineData("bearer not-a-token")]
    public async Task Another_scheme_or_a_bad_token_is_401(string header)
    {
        var access = (await JsonAsync(await TokenAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword))).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendMeAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, access))).StatusCode);
    }

    private async Task<HttpResponseMessage> SendMeAsync(string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        return await Factory.CreateClient().SendAsync(request);
    }

    private async Task<System.Text.Json.JsonElement> MeAsync(string authorization)
    {
        var response = await SendMeAsync(authorization);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{authorization[..10]}…: {(int)response.StatusCode}");
        return await JsonAsync(response);
    }
}
