using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monitoring.Persistence.Storage;

namespace Monitoring.Server.Auth;

/// <summary>
/// Run once before the center listens: the people tables exist, and a center nobody can sign in to gets an
/// <c>admin</c>. Without a configured password one is made, printed once, and must be changed at first sign-in.
/// </summary>
public static partial class AdminBootstrap
{
    public const string AdminUserName = "admin";

    // No look-alikes (0/O, 1/l/I): the password is read off a console and typed in.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task PreparePeopleAsync(this IServiceProvider services, CancellationToken cancellation = default)
    {
        var storage = services.GetRequiredService<StorageOptions>();
        if (storage.Provider == StorageProvider.Sqlite) SqliteStorage.Prepare(storage.PeopleConnection);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDb>();
        await PeopleSchema.EnsureAsync(db, cancellation, madeOnItsOwn: PasskeyDb.Table);
        await using (var passkeys = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PasskeyDb>>().CreateDbContextAsync(cancellation))
            await PeopleSchema.EnsureAsync(passkeys, cancellation);
        await using (var audit = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<Audit.AuditDb>>().CreateDbContextAsync(cancellation))
            await PeopleSchema.EnsureAsync(audit, cancellation);
        var options = scope.ServiceProvider.GetRequiredService<IOptions<MonitoringOptions>>().Value.Auth;
        // Without local accounts the first admin is whoever the issuer names with the role admin; a password would be useless.
        if (!options.LocalAccounts || await db.Users.AnyAsync(cancellation)) return;

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminBootstrap));
        var generated = string.IsNullOrEmpty(options.BootstrapAdminPassword);
        var password = generated ? RandomNumberGenerator.GetString(Alphabet, 20) : options.BootstrapAdminPassword!;
        var admin = new MonitoringUser
        {
            UserName = AdminUserName, Role = Roles.Admin, DisplayName = "Administrator", MustChangePassword = generated,
        };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<MonitoringUser>>().CreateAsync(admin, password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))) return;   // another node was first
        if (!result.Succeeded)
            throw new InvalidOperationException("Monitoring:Auth:BootstrapAdminPassword: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        if (generated) LogGenerated(logger, AdminUserName, password);
        else LogConfigured(logger, AdminUserName);
    }

    // The only place a password is ever logged: there is no other way to hand the first one over.
    [LoggerMessage(Level = LogLevel.Warning, Message = "FIRST START: no user existed, so '{UserName}' was created with the one-time password {Password} . " +
        "It is shown only now and must be changed at the first sign-in (/signin).")]
    private static partial void LogGenerated(ILogger logger, string userName, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: '{UserName}' was created with Monitoring:Auth:BootstrapAdminPassword.")]
    private static partial void LogConfigured(ILogger logger, string userName);
}
