using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Auth;

/// <summary>
/// The person behind an issuer's token, as a row of the people store linked to the token's issuer and subject (an
/// external login): so that <see cref="SessionCheck"/>, the admin's disable and revoke, and the acting person on events
/// work as for people with a password. Role, unit, name and NRP are the claims', refreshed at every sign-in; claims that
/// grant nothing take the grant away from the row too, so that a person removed from the center's role at the issuer
/// loses every session here at once.
/// </summary>
public sealed partial class SsoPeople(UserManager<MonitoringUser> users, JurisdictionTree tree, TimeProvider time,
    IOptions<MonitoringOptions> options, ILogger<SsoPeople> logger)
{
    public const string ProviderName = "SSO";

    /// <summary>User names of people from the issuer start with this, so that none can ever be a local person's.</summary>
    public const string UserNamePrefix = "sso.";

    public async Task<SsoOutcome> SignInAsync(ClaimsPrincipal principal)
    {
        if (SsoClaims.Read(principal, options.Value.Auth.Oidc) is not { } claims)
        {
            LogNoSubject(logger);
            return new SsoOutcome(null, "", SsoRefusals.Failed);
        }
        var user = await users.FindByLoginAsync(claims.Issuer, claims.Subject);
        if (claims.Refusal(tree) is { } refusal)
        {
            LogRefused(logger, TextRules.ForLog(claims.Subject), refusal);
            if (user is not null && user.Role.Length > 0) await TakeGrantAsync(user);
            return new SsoOutcome(null, user?.UserName ?? UserNames(claims).First(), refusal);
        }
        user = user is null ? await CreateAsync(claims) : await RefreshAsync(user, claims);
        if (user is null) return new SsoOutcome(null, UserNames(claims).First(), SsoRefusals.Failed);
        return user.MaySignIn(time.GetUtcNow()) ? new SsoOutcome(user, user.UserName!) : new SsoOutcome(null, user.UserName!, SsoRefusals.Disabled);
    }

    private async Task TakeGrantAsync(MonitoringUser user)
    {
        user.Role = "";
        user.UnitId = null;
        await users.UpdateSecurityStampAsync(user);
    }

    private async Task<MonitoringUser?> RefreshAsync(MonitoringUser user, SsoClaims claims)
    {
        if (user.Role == claims.Role && user.UnitId == claims.UnitId && user.DisplayName == claims.DisplayName && user.Nrp == claims.Nrp)
            return user;
        (user.Role, user.UnitId, user.DisplayName, user.Nrp) = (claims.Role!, claims.UnitId, claims.DisplayName, claims.Nrp);
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? user : null;
    }

    /// <summary>A row without a password; when the subject makes no user name (odd characters, or taken by a person of
    /// another issuer), its hash does.</summary>
    private async Task<MonitoringUser?> CreateAsync(SsoClaims claims)
    {
        foreach (var userName in UserNames(claims))
        {
            var user = new MonitoringUser
            {
                UserName = userName, Role = claims.Role!, UnitId = claims.UnitId, DisplayName = claims.DisplayName, Nrp = claims.Nrp,
            };
            if (!(await users.CreateAsync(user)).Succeeded) continue;
            if ((await users.AddLoginAsync(user, new UserLoginInfo(claims.Issuer, claims.Subject, ProviderName))).Succeeded) return user;
            await users.DeleteAsync(user);
            break;
        }
        // Two first requests of one person at once: the other one made the row.
        return await users.FindByLoginAsync(claims.Issuer, claims.Subject);
    }

    private static IEnumerable<string> UserNames(SsoClaims claims)
    {
        if (claims.Subject.Length <= GrantRules.MaxNameLength - UserNamePrefix.Length && claims.Subject.All(IsUserNameChar))
            yield return UserNamePrefix + claims.Subject;
        yield return UserNamePrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(claims.Issuer + " " + claims.Subject)))[..24];
    }

    /// <summary>Identity's default <c>AllowedUserNameCharacters</c>.</summary>
    private static bool IsUserNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '@' or '+';

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the issuer refused: the token names no subject.")]
    private static partial void LogNoSubject(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the issuer of subject {Subject} refused: its {Refusal} claim grants nothing here.")]
    private static partial void LogRefused(ILogger logger, string subject, string refusal);
}
