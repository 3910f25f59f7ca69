using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monitoring.Server.Auth;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests.Auth;

public sealed class SignInTests : ServerTest
{
    private HttpClient Anonymous => field ??= Factory.CreateClient();

    [Fact]
    public async Task The_bootstrap_admin_with_the_configured_password_gets_a_token_that_names_them()
    {
        var response = await TokenAsync(Anonymous, "admin", MonitoringFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await JsonAsync(response);
        Assert.InRange(token.GetProperty("expiresAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(59), DateTimeOffset.UtcNow.AddMinutes(61));

        var client = Bearer(Factory, token.GetProperty("accessToken").GetString());
        var me = await JsonAsync(await client.GetAsync("/api/auth/me"));
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Equal(Roles.Admin, me.GetProperty("role").GetString());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task Me_without_a_sign_in_is_401_problem_details_not_a_redirect()
    {
        var response = await Anonymous.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        var wrong = await TokenAsync(Anonymous, "admin", "not-the-password");
        var unknown = await TokenAsync(Anonymous, "nobody", "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal((await JsonAsync(wrong)).GetProperty("detail").GetString(), (await JsonAsync(unknown)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_right_password_is_refused_after()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(Anonymous, "admin", $"wrong-password-{i}")).StatusCode);
        var sixth = await TokenAsync(Anonymous, "admin", MonitoringFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode);
        var problem = await JsonAsync(sixth);
        Assert.Contains("locked until", problem.GetProperty("detail").GetString());
        Assert.InRange(problem.GetProperty("lockedUntil").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
        // The page's sign-in is refused alike.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(Factory.CreateClient(), "admin", MonitoringFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task A_created_person_gets_a_token_carrying_their_role_and_unit()
    {
        var admin = await Factory.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await CreateUserAsync(admin, "iptu.dewi", Roles.Operator, "polres-tangerang-selatan")).StatusCode);

        var token = (await JsonAsync(await TokenAsync(Anonymous, "iptu.dewi", MonitoringFactory.UserPassword))).GetProperty("accessToken").GetString()!;
        var ticket = Factory.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme)
            .BearerTokenProtector.Unprotect(token)!;
        Assert.Equal(Roles.Operator, ticket.Principal.FindFirstValue(ClaimTypes.Role));
        Assert.Equal("polres-tangerang-selatan", ticket.Principal.FindFirstValue(MonitoringClaims.Unit));
        Assert.Equal("iptu.dewi", ticket.Principal.FindFirstValue(ClaimTypes.Name));

        var client = Bearer(Factory, token);
        var me = await JsonAsync(await client.GetAsync("/api/auth/me"));
        Assert.Equal(Roles.Operator, me.GetProperty("role").GetString());
        Assert.Equal("polres-tangerang-selatan", me.GetProperty("unitId").GetString());
        // Not an admin: the admin API is closed to them.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task ClientAsAsync_makes_each_role_once_and_its_token_works()
    {
        var wall = await Factory.ClientAsAsync(Roles.Wall);
        Assert.Same(wall, await Factory.ClientAsAsync(Roles.Wall));
        var me = await JsonAsync(await wall.GetAsync("/api/auth/me"));
        Assert.Equal(Roles.Wall, me.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("unitId").GetString()));
        var officer = await Factory.ClientAsAsync(Roles.Officer, "polres-tangerang-selatan");
        Assert.Equal("polres-tangerang-selatan", (await JsonAsync(await officer.GetAsync("/api/auth/me"))).GetProperty("unitId").GetString());
    }

    [Fact]
    public void The_scheme_names_are_Identitys_own()
    {
        Assert.Equal(AuthSchemes.Cookie, IdentityConstants.ApplicationScheme);
        Assert.Equal(AuthSchemes.AccessToken, IdentityConstants.BearerScheme);
    }
}
