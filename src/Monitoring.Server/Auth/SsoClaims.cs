using System.Security.Claims;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Auth;

/// <summary>
/// What an issuer's token (an ID token at sign-in, an access token on the API) says about a person, read by the claim
/// names of <see cref="OidcOptions"/>. The token's issuer and subject name the person for good; role, unit, name and NRP
/// are taken afresh at every sign-in.
/// </summary>
/// <param name="Role">The one value of the role claim that is a role of the center; null when none is, or several are.</param>
public sealed record SsoClaims(string Issuer, string Subject, string? Role, string? UnitId, string? DisplayName, string? Nrp)
{
    public const string SubjectClaim = "sub";

    /// <summary>Null when the token names no subject: there is nobody to sign in.</summary>
    public static SsoClaims? Read(ClaimsPrincipal principal, OidcOptions options)
    {
        var subject = principal.FindFirst(SubjectClaim);
        if (subject is null || string.IsNullOrWhiteSpace(subject.Value)) return null;
        // Of several roles (an issuer often lists groups of other systems too) exactly one must be the center's: two
        // would leave the center guessing which grant was meant.
        var known = principal.FindAll(options.RoleClaim).Select(c => c.Value).Where(Roles.IsKnown).Distinct(StringComparer.Ordinal).ToList();
        return new SsoClaims(subject.Issuer, subject.Value, known.Count == 1 ? known[0] : null, Value(principal, options.UnitClaim),
            Name("displayName", Value(principal, options.NameClaim)), Name("nrp", Value(principal, options.NrpClaim)));
    }

    /// <summary>Why the claims grant nothing ("role" or "unit"), or null when they grant what they say (<see cref="GrantRules"/>).</summary>
    public string? Refusal(JurisdictionTree tree)
    {
        if (Role is null) return SsoRefusals.Role;
        var errors = new List<FieldError>();
        GrantRules.Check(Role, UnitId, tree, errors);
        return errors.Count == 0 ? null : SsoRefusals.Unit;
    }

    private static string? Value(ClaimsPrincipal principal, string? claim) =>
        string.IsNullOrWhiteSpace(claim) ? null : principal.FindFirst(claim)?.Value is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>A name the center could not show is left out rather than refusing the person.</summary>
    private static string? Name(string field, string? text)
    {
        var errors = new List<FieldError>();
        GrantRules.Name(field, text, errors);
        return errors.Count == 0 ? text : null;
    }
}
