using Monitoring.Domain;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Audit;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary><c>/api/admin/users</c>: the admin's management of people. Role admin only.</summary>
public static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUsers(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users");
        users.MapPost("/", CreateAsync).ReadsJson<NewUser>().Audited("user.create").WithSummary("Adds a person with one role.");
        users.MapGet("/", ListAsync);
        users.MapPatch("/{userName}", PatchAsync).ReadsJson<JsonObject>().Audited("user.patch", "userName")
            .WithSummary("Changes role, unitId, displayName, nrp, expiresAt or disabled; a field sent as null is cleared.");
        users.MapPost("/{userName}/password", ResetAsync).ReadsJson<PasswordReset>().Audited("user.password.reset", "userName")
            .WithSummary("Sets a temporary password the person must change; their sessions end.");
        users.MapPost("/{userName}/revoke", RevokeAsync).Audited("user.revoke", "userName").WithSummary("Ends every session and access token of the person.");
        users.MapPost("/{userName}/authenticator/reset", ResetAuthenticatorAsync).Audited("user.authenticator.reset", "userName")
            .WithSummary("Turns the person's authenticator off and forgets its key and recovery codes (a lost phone); their sessions end.");
        return admin;
    }

    private static async Task<IResult> CreateAsync(JsonBody<NewUser> body, UserManager<MonitoringUser> users, JurisdictionTree tree, TimeProvider time,
        HttpContext http)
    {
        var request = body.Value;
        AuditNote.Add(http, target: request.UserName?.Trim(), detail: $"role={request.Role} unitId={request.UnitId}");
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors.Add(new FieldError("userName", ErrorCodes.Required, "The userName is required."));
        if (string.IsNullOrEmpty(request.Password)) errors.Add(new FieldError("password", ErrorCodes.Required, "The password is required."));
        GrantRules.Check(request.Role, request.UnitId, tree, errors);
        GrantRules.Name("userName", request.UserName, errors);
        GrantRules.Name("displayName", request.DisplayName, errors);
        GrantRules.Name("nrp", request.Nrp, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        // A taken name is a conflict with the state, not a malformed request: a retrying client can tell them apart.
        if (await users.FindByNameAsync(request.UserName!.Trim()) is not null)
            return Problems.Status(StatusCodes.Status409Conflict, ErrorCodes.UserNameTaken, $"The user name '{TextRules.ForLog(request.UserName.Trim())}' is taken.");
        var user = new MonitoringUser
        {
            UserName = request.UserName!.Trim(), DisplayName = Blank(request.DisplayName), Role = request.Role!, UnitId = Blank(request.UnitId),
            Nrp = Blank(request.Nrp), ExpiresAt = request.ExpiresAt?.ToUniversalTime(), MustChangePassword = request.MustChangePassword,
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded) return AuthProblems.Fields(created, "password");
        return TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(user.UserName)}", UserView.Of(user, time.GetUtcNow()));
    }

    private static async Task<IResult> ListAsync(PeopleDb db, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        return TypedResults.Ok(all.Select(u => UserView.Of(u, now)).ToList());
    }

    private static async Task<IResult> PatchAsync(string userName, JsonBody<JsonObject> body, UserManager<MonitoringUser> users,
        PeopleDb db, JurisdictionTree tree, TimeProvider time, HttpContext http)
    {
        // What was asked to change, as sent: a role or a grant's end is what an auditor looks for.
        AuditNote.Add(http, detail: body.Value.ToJsonString());
        var user = await users.FindByNameAsync(userName);
        if (user is null) return Problems.NotFound(ErrorCodes.UserNotFound, $"No user '{userName}'.");
        var errors = new List<FieldError>();
        var patch = UserPatch.Read(body.Value, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        var now = time.GetUtcNow();
        var wasAdmin = IsActiveAdmin(user, now);
        if (patch.Role is not null) user.Role = patch.Role;
        if (patch.SetsUnit) user.UnitId = Blank(patch.UnitId);
        if (patch.DisplayName is not null) user.DisplayName = Blank(patch.DisplayName);
        if (patch.SetsNrp) user.Nrp = Blank(patch.Nrp);
        if (patch.SetsExpiry) user.ExpiresAt = patch.ExpiresAt;
        if (patch.Disabled is { } disabled) user.Disabled = disabled;
        GrantRules.Check(user.Role, user.UnitId, tree, errors);
        GrantRules.Name("displayName", user.DisplayName, errors);
        GrantRules.Name("nrp", user.Nrp, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        if (wasAdmin && !IsActiveAdmin(user, now) && !await AnotherAdminAsync(db, user, now))
            return Problems.Status(StatusCodes.Status409Conflict, ErrorCodes.LastAdmin,
                $"'{user.UserName}' is the last enabled admin: make another admin first, or nobody could manage the center.");
        // Disabling ends every session and token for good: enabling again later must not bring them back.
        if (patch.Disabled == true) await users.UpdateSecurityStampAsync(user);
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? TypedResults.Ok(UserView.Of(user, now)) : AuthProblems.Fields(updated, "password");
    }

    private static async Task<IResult> ResetAsync(string userName, JsonBody<PasswordReset> body, UserManager<MonitoringUser> users)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return Problems.NotFound(ErrorCodes.UserNotFound, $"No user '{userName}'.");
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), body.Value.Password ?? "");
        if (!reset.Succeeded) return AuthProblems.Fields(reset, "password");
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RevokeAsync(string userName, UserManager<MonitoringUser> users)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return Problems.NotFound(ErrorCodes.UserNotFound, $"No user '{userName}'.");
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    /// <summary>A role that requires a second factor enrols a new one at the next sign-in, as on the first.</summary>
    private static async Task<IResult> ResetAuthenticatorAsync(string userName, UserManager<MonitoringUser> users)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return Problems.NotFound(ErrorCodes.UserNotFound, $"No user '{userName}'.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    private static bool IsActiveAdmin(MonitoringUser user, DateTimeOffset now) => user.Role == Roles.Admin && user.MaySignIn(now);

    /// <summary>Read into memory: SQLite cannot compare the stored times in SQL, and there are few admins.</summary>
    private static async Task<bool> AnotherAdminAsync(PeopleDb db, MonitoringUser user, DateTimeOffset now) =>
        (await db.Users.AsNoTracking().Where(u => u.Role == Roles.Admin && u.Id != user.Id).ToListAsync()).Any(u => u.MaySignIn(now));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
