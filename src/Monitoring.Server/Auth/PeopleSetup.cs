using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitoring.Persistence.Storage;

namespace Monitoring.Server.Auth;

/// <summary>The people store, the sign-in schemes and antiforgery, in one place.</summary>
public static class PeopleSetup
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    /// <summary>A wall screen signed in with "remember" stays signed in until revoked (still checked on every request).</summary>
    public static readonly TimeSpan WallSession = TimeSpan.FromDays(400);

    public static IServiceCollection AddMonitoringPeople(this IServiceCollection services)
    {
        services.AddDbContext<PeopleDb>(UsePeopleDatabase);
        services.AddDataProtection().SetApplicationName("Monitoring Center 110").PersistKeysToDbContext<PeopleDb>();
        services.AddIdentityCore<MonitoringUser>(o =>
            {
                // Length is what makes a password strong; composition rules only make people write them down (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                // Version 3 is the one with passkeys (people_passkey).
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddPasswordValidator<PrintablePassword>()
            .AddEntityFrameworkStores<PeopleDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddDbContextFactory<PasskeyDb>(UsePeopleDatabase);
        services.AddOptions<IdentityPasskeyOptions>().Configure<IOptions<MonitoringOptions>>((o, monitoring) =>
        {
            o.ServerDomain = monitoring.Value.Auth.Passkeys.ServerDomain;
            // Kept on the device and found by it (the sign-in asks no user name), and unlocked by a PIN or a finger: that
            // unlocking is what lets a passkey stand for the second factor.
            o.ResidentKeyRequirement = "required";
            o.UserVerificationRequirement = "required";
        });
        services.AddScoped<SessionCheck>();
        services.AddScoped<Credentials>();
        services.AddSingleton<DecoyPassword>();
        services.AddScoped<AccessTokens>();

        services.AddAuthentication(AuthSchemes.Monitoring)
            .AddPolicyScheme(AuthSchemes.Monitoring, "Monitoring Center 110", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddCookie(AuthSchemes.Cookie)
            .AddBearerToken(AuthSchemes.AccessToken)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.CheckedAccessToken, null)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(AuthSchemes.ApiToken, null)
            .AddScheme<AuthenticationSchemeOptions, IssuerTokenHandler>(AuthSchemes.IssuerToken, null);
        services.AddMonitoringSso();
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie)
            .Configure<IOptions<MonitoringOptions>>((o, monitoring) => ConfigureCookie(o, monitoring.Value.Auth));
        services.AddOptions<BearerTokenOptions>(AuthSchemes.AccessToken)
            .Configure<IOptions<MonitoringOptions>>((o, monitoring) =>
            {
                o.BearerTokenExpiration = monitoring.Value.Auth.AccessTokenLifetime;
                // The built-in reading takes only "Bearer " as written; the header is read here, whatever its case.
                o.Events.OnMessageReceived = context =>
                {
                    context.Token = BearerHeader.Read(context.Request);
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfHeader;
            o.Cookie.Name = "mc110.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>The people database, for <see cref="PeopleDb"/> and the audit trail's context beside it.</summary>
    public static void UsePeopleDatabase(IServiceProvider services, DbContextOptionsBuilder options)
    {
        var storage = services.GetRequiredService<StorageOptions>();
        if (storage.Provider == StorageProvider.PostgreSql) options.UseNpgsql(storage.PeopleConnection);
        else options.UseSqlite(storage.PeopleConnection);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, AuthOptions auth)
    {
        o.Cookie.Name = "mc110.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.ExpireTimeSpan = auth.IdleTimeout;
        o.SlidingExpiration = true;
        o.LoginPath = "/signin";
        o.ReturnUrlParameter = "returnUrl";
        // The API, /metrics and the hub answer with a status a script can act on; only a browser asking for a page is sent
        // to the sign-in page.
        o.Events.OnValidatePrincipal = ValidateAsync;
        o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>What SecurityStampValidator does, on every request rather than every half hour (see <see cref="SessionCheck"/>).</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var current = await context.HttpContext.RequestServices.GetRequiredService<SessionCheck>().RenewAsync(context.Principal, AuthSchemes.Cookie);
        if (current is not null)
        {
            context.ReplacePrincipal(current);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api")
            && context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
            context.Response.Redirect(context.RedirectUri);
        else context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
