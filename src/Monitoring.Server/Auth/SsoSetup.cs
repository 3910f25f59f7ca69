using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Monitoring.Server.Auth;

/// <summary>
/// Sign-in through the issuer of <c>Monitoring:Auth:Oidc</c>, and its access tokens on the API. The two schemes exist only
/// when configured: a remote scheme is asked about every request, and one without an issuer would fail each of them.
/// They are added from the bound settings rather than from configuration read early, which a test host sets late.
/// </summary>
public static class SsoSetup
{
    public const string CallbackPath = "/signin/sso/callback";

    public static IServiceCollection AddMonitoringSso(this IServiceCollection services)
    {
        services.AddScoped<SsoPeople>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, JwtBearerPostConfigureOptions>());
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<MonitoringOptions>>((o, monitoring) =>
        {
            var oidc = monitoring.Value.Auth.Oidc;
            if (oidc.Enabled) o.AddScheme<OpenIdConnectHandler>(AuthSchemes.Oidc, "SSO");
            if (oidc.TakesIssuerTokens) o.AddScheme<JwtBearerHandler>(AuthSchemes.IssuerJwt, null);
        });
        services.AddOptions<OpenIdConnectOptions>(AuthSchemes.Oidc)
            .Configure<IOptions<MonitoringOptions>>((o, monitoring) => ConfigureSignIn(o, monitoring.Value.Auth.Oidc));
        services.AddOptions<JwtBearerOptions>(AuthSchemes.IssuerJwt)
            .Configure<IOptions<MonitoringOptions>>((o, monitoring) => ConfigureTokens(o, monitoring.Value.Auth.Oidc));
        return services;
    }

    private static void ConfigureSignIn(OpenIdConnectOptions o, OidcOptions oidc)
    {
        if (!oidc.Enabled) return;
        o.Authority = oidc.Authority;
        o.RequireHttpsMetadata = oidc.RequiresHttps;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret.Trim();
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        // The code comes back on a plain redirect (a top-level GET), so the correlation cookie can be SameSite=Lax and a
        // client that follows redirects needs no form to post.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.CallbackPath = CallbackPath;
        o.SignInScheme = AuthSchemes.Cookie;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.Scope.Clear();
        foreach (var scope in oidc.ScopeList) o.Scope.Add(scope);
        o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
        o.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
        foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        }
        o.Events.OnTicketReceived = SignedInAsync;
        o.Events.OnRemoteFailure = RefusedAsync;
    }

    private static void ConfigureTokens(JwtBearerOptions o, OidcOptions oidc)
    {
        if (!oidc.TakesIssuerTokens) return;
        o.Authority = oidc.Authority;
        o.RequireHttpsMetadata = oidc.RequiresHttps;
        o.Audience = oidc.Audience;
        o.MapInboundClaims = false;
        o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
        o.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
        o.Events = new JwtBearerEvents { OnMessageReceived = context => { context.Token = BearerHeader.Read(context.Request); return Task.CompletedTask; } };
    }

    /// <summary>The issuer's claims become the person's row here, and the page's cookie is that person's, as after a password.</summary>
    private static async Task SignedInAsync(TicketReceivedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var outcome = await services.GetRequiredService<SsoPeople>().SignInAsync(context.Principal!);
        SignInAudit.Record(context.HttpContext, outcome);
        if (outcome.User is not { } user)
        {
            context.Response.Redirect(SsoRefusals.Page(outcome.Refusal!));
            context.HandleResponse();
            return;
        }
        context.Principal = SessionClaims.For(user, AuthSchemes.Cookie, services.GetRequiredService<IOptions<MonitoringOptions>>().Value.Auth);
    }

    /// <summary>The issuer refused, or its answer did not check out: the page says so, instead of an error page.</summary>
    private static Task RefusedAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SsoSetup))
            .LogWarning(context.Failure, "Sign-in through the issuer failed.");
        SignInAudit.Record(context.HttpContext, new SsoOutcome(null, "", SsoRefusals.Failed));
        context.Response.Redirect(SsoRefusals.Page(SsoRefusals.Failed));
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
