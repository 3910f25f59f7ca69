using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Auth;

/// <summary>
/// What a grant (a person's or a token's) may be: one of <see cref="Roles.All"/>; a scoped role names a unit of the
/// jurisdiction tree; any other role may name one (a call taker's or manager's home unit), which must exist too.
/// </summary>
public static class GrantRules
{
    public const int MaxNameLength = 100;

    /// <summary>A name shown on pages and in timelines (user, display, token name, NRP): one printable line, not too long
    /// for a sign-in's claims.</summary>
    public static void Name(string field, string? text, List<FieldError> errors) => Http.QueryFields.Text(text, field, MaxNameLength, errors);

    /// <summary>A machine token holds no password and no second factor: it may never manage people or tokens.</summary>
    public static void CheckToken(string? role, string? unitId, JurisdictionTree tree, List<FieldError> errors)
    {
        if (role == Roles.Admin) errors.Add(new FieldError("role", ErrorCodes.AdminToken, "An API token may not be an admin: admins sign in as people, with a second factor."));
        else Check(role, unitId, tree, errors);
    }

    public static void Check(string? role, string? unitId, JurisdictionTree tree, List<FieldError> errors)
    {
        if (!Roles.IsKnown(role))
            errors.Add(new FieldError("role", ErrorCodes.UnknownValue, $"Unknown role '{TextRules.ForLog(role ?? "")}'; expected one of {string.Join(", ", Roles.All)}."));
        if (string.IsNullOrEmpty(unitId))
        {
            if (role is not null && Roles.Scoped.Contains(role))
                errors.Add(new FieldError("unitId", ErrorCodes.UnitRequired, $"The role {role} is scoped to a unit: unitId is required."));
        }
        else if (!tree.Contains(new UnitId(unitId)))
            errors.Add(new FieldError("unitId", ErrorCodes.UnknownUnit, $"Unknown unit '{TextRules.ForLog(unitId)}'."));
    }
}
