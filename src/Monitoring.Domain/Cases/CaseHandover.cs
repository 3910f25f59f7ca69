using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Who may hand a case to whom. A unit on the case's chain may hand it to any unit within its own subtree (itself
/// included: a Polres takes a case over from its Polsek) other than the unit the case is assigned to now. So a Polsek,
/// with nothing below it, asks its Polres, which hands the case to a neighbouring Polsek; the Polda's operations room,
/// where out-of-coverage cases land, hands those to the Polres or Polsek that should have them; Mabes to any Polda.
/// Handing sideways or upwards would let a unit push its work out of its own command. A final case stays where it
/// closed.
/// </summary>
public static class CaseHandover
{
    /// <summary>Why <paramref name="by"/> may not hand the case to <paramref name="to"/>, or null when it may.</summary>
    public static Rejection? Problem(Case c, UnitId by, UnitId to, JurisdictionTree tree) =>
        !tree.Contains(to) ? Invalid(ErrorCodes.UnknownUnit, $"There is no unit {TextRules.ForLog(to.Value)}.")
        : to == c.AssignedUnit ? Invalid(ErrorCodes.AlreadyAssigned, $"Case {c.Id} is already assigned to {to}.")
        : !tree.IsWithin(to, by) ? new(RejectionKind.Forbidden, ErrorCodes.OutsideCommand, $"{by} may hand a case only to a unit within its own command; {to} is not.", Field)
        : null;

    /// <summary>The request's field that names the unit the case goes to.</summary>
    public const string Field = "toUnitId";

    private static Rejection Invalid(string code, string reason) => new(RejectionKind.Invalid, code, reason, Field);

    /// <summary>Whether the unit has anyone to hand the case to at all, for the console to offer the handover.</summary>
    public static bool HasTargets(Case c, UnitId by, JurisdictionTree tree) =>
        tree.Contains(by) && (by != c.AssignedUnit || tree.Children(by).Count > 0);

    /// <summary>The case's routing once handed to <paramref name="to"/>: that unit's chain. Someone has now placed it, so it is no
    /// longer waiting as out of coverage.</summary>
    public static Routing RoutingTo(UnitId to, JurisdictionTree tree) => new(to, tree.Chain(to), false);
}
