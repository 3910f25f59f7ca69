using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Monitoring.Testing;

/// <summary>
/// A real OpenID Connect issuer (OpenIddict) on Kestrel at 127.0.0.1: the authorization code flow with PKCE required for
/// the center, and client credentials for an API client, both signed with ephemeral keys. Nobody types a password
/// here: the authorization endpoint signs in <see cref="User"/>, whose claims the test sets. A center it serves is
/// allowed by <see cref="AllowCenterAsync"/> once its address is known.
/// </summary>
public sealed class TestIssuer(WebApplication app) : IAsyncDisposable
{
    public const string CenterClientId = "mc110-center";
    public const string CenterSecret = "center-secret-for-tests";
    public const string ApiClientId = "mc110-api-client";
    public const string ApiSecret = "api-client-secret-for-tests";

    /// <summary>The audience a center started with <see cref="CenterSettings"/> takes the issuer's access tokens for.</summary>
    public const string CenterAudience = "mc110";

    private static readonly string[] Everywhere = [Destinations.AccessToken, Destinations.IdentityToken];

    /// <summary>Known once started.</summary>
    public Uri Authority => new(app.Urls.Single());

    /// <summary>Who the next sign-in and the next API client's token are for.</summary>
    public IssuerUser User { get; set; } = new("nobody");

    /// <summary>The audience of the API client's next token.</summary>
    public string Audience { get; set; } = CenterAudience;

    public static async Task<TestIssuer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<IssuerDb>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "issuer.db")}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IssuerDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // The center reads the access token itself, by the issuer's published keys: signed, not encrypted.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        var issuer = new TestIssuer(app);
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)issuer.Authorize);
        app.MapPost("/connect/token", (Delegate)issuer.TokenAsync);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IssuerDb>().Database.EnsureCreatedAsync();
            await RegisterClientsAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>());
        }
        await app.StartAsync();
        // The first answer costs seconds of compiling OpenIddict's handlers on a busy machine: paid here, once, rather
        // than inside a test's first sign-in and its timeouts.
        using var warm = new HttpClient { BaseAddress = issuer.Authority, Timeout = TimeSpan.FromMinutes(2) };
        (await warm.GetAsync(".well-known/openid-configuration")).EnsureSuccessStatusCode();
        return issuer;
    }

    /// <summary>Adds the callback of the center at <paramref name="center"/> to the redirect URIs the center's client may use.</summary>
    public async Task AllowCenterAsync(Uri center)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var client = await clients.FindByClientIdAsync(CenterClientId) ?? throw new InvalidOperationException("No center client.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await clients.PopulateAsync(descriptor, client);
        descriptor.RedirectUris.Add(new Uri(center, Monitoring.Server.Auth.SsoSetup.CallbackPath));
        await clients.UpdateAsync(client, descriptor);
    }

    /// <summary>The settings that make a center sign in through this issuer and take its access tokens for <see cref="Audience"/>.</summary>
    public Dictionary<string, string?> CenterSettings() => new()
    {
        ["Monitoring:Auth:Oidc:Authority"] = Authority.ToString(),
        ["Monitoring:Auth:Oidc:ClientId"] = CenterClientId,
        ["Monitoring:Auth:Oidc:ClientSecret"] = CenterSecret,
        ["Monitoring:Auth:Oidc:NrpClaim"] = "nrp",
        ["Monitoring:Auth:Oidc:Audience"] = CenterAudience,
    };

    private static async Task RegisterClientsAsync(IOpenIddictApplicationManager clients)
    {
        await clients.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = CenterClientId, ClientSecret = CenterSecret, ClientType = ClientTypes.Confidential,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
        await clients.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ApiClientId, ClientSecret = ApiSecret, ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        });
    }

    /// <summary>An access token of the API client for <see cref="User"/>, with the audience <see cref="Audience"/>.</summary>
    public async Task<string> AccessTokenAsync()
    {
        using var client = new HttpClient { BaseAddress = Authority };
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials, ["client_id"] = ApiClientId, ["client_secret"] = ApiSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token of the test issuer → {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private IResult Authorize(HttpContext context)
    {
        var identity = Identity(User);
        identity.SetScopes(context.GetOpenIddictServerRequest()!.GetScopes());
        return SignIn(identity);
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        if (request.IsAuthorizationCodeGrantType())
        {
            var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        var identity = Identity(User);
        identity.SetAudiences(Audience);
        return SignIn(identity);
    }

    private static ClaimsIdentity Identity(IssuerUser user)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        if (user.Name is not null) identity.AddClaim(new Claim(Claims.Name, user.Name));
        foreach (var role in user.Roles ?? []) identity.AddClaim(new Claim(Claims.Role, role));
        if (user.Unit is not null) identity.AddClaim(new Claim("unit", user.Unit));
        if (user.Nrp is not null) identity.AddClaim(new Claim("nrp", user.Nrp));
        identity.SetDestinations(_ => Everywhere);
        return identity;
    }

    private static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
