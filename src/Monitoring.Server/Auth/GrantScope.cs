using System.Security.Claims;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Auth;

/// <summary>
/// How far into the jurisdiction tree a sign-in reaches: the whole tree, or one unit and every unit below it. A scoped
/// role whose grant names no unit known to the tree reaches nothing (fail closed).
/// </summary>
public sealed record GrantScope(UnitId? Unit, bool Nothing = false)
{
    public static GrantScope Everything { get; } = new((UnitId?)null);

    public static GrantScope None { get; } = new((UnitId?)null, Nothing: true);

    public static GrantScope Of(ClaimsPrincipal user, JurisdictionTree tree)
    {
        var unit = user.UnitOf();
        if (string.IsNullOrEmpty(unit)) return Roles.Scoped.Contains(user.Role() ?? "") ? None : Everything;
        return tree.Contains(new UnitId(unit)) ? new GrantScope(new UnitId(unit)) : None;
    }

    /// <summary>Whether the unit lies in the scope.</summary>
    public bool Holds(UnitId unit, JurisdictionTree tree) => !Nothing && (Unit is not { } top || tree.IsWithin(unit, top));

    /// <summary>Whether the scope and the unit's subtree meet: the unit lies in the scope, or the scope within the unit (an
    /// operator of a Polres meets its Polda, whose wall shows them their Polres).</summary>
    public bool Meets(UnitId unit, JurisdictionTree tree) => Holds(unit, tree) || (!Nothing && Unit is { } top && tree.IsWithin(top, unit));

    /// <summary>Whether a case with this chain concerns the scope: the scope's unit is on it.</summary>
    public bool Sees(IEnumerable<UnitId> chain) => !Nothing && (Unit is not { } top || chain.Contains(top));
}
