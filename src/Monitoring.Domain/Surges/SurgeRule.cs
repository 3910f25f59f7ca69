namespace Monitoring.Domain.Surges;

/// <summary>
/// Whether a unit is in a surge. The bar is the larger of the threshold and the multiple of the usual count for the window,
/// so a unit with no history is judged by the threshold alone. Once raised, an alert holds until the count falls below half
/// the bar: a count hovering at the bar would otherwise raise and clear it with every case.
/// </summary>
public static class SurgeRule
{
    /// <summary>The count in the window at or above which a surge is raised.</summary>
    public static int Bar(SurgePolicy policy, double usualPerHour)
    {
        var usualInWindow = usualPerHour * policy.Window.TotalHours;
        return Math.Max(policy.Threshold, (int)Math.Ceiling(policy.Multiple * usualInWindow - 1e-9));
    }

    /// <summary>The count below which a raised alert clears.</summary>
    public static int ClearBelow(int bar) => (bar + 1) / 2;

    /// <summary>Whether the unit is in a surge now, given whether it was and the count of cases in the window.</summary>
    public static bool IsSurging(SurgePolicy policy, bool wasSurging, int countInWindow, double usualPerHour)
    {
        var bar = Bar(policy, usualPerHour);
        return wasSurging ? countInWindow >= ClearBelow(bar) : countInWindow >= bar;
    }
}
