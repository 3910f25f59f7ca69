using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Linking;

/// <summary>How near in place and time an open case must be to a new call to be offered as the same incident, and the
/// tighter bounds within which a single case of the same category is linked without asking (unless Automatic is off, when
/// every link is the call taker's).</summary>
public sealed record LinkingPolicy(double RadiusMeters, TimeSpan Window, double AutoRadiusMeters, TimeSpan AutoWindow, bool Automatic = true)
{
    public static LinkingPolicy Default { get; } = new(300, TimeSpan.FromMinutes(30), 80, TimeSpan.FromMinutes(10));

    public IEnumerable<string> Problems()
    {
        if (!double.IsFinite(RadiusMeters) || RadiusMeters <= 0) yield return "Radius must be a positive number of meters";
        if (Window <= TimeSpan.Zero) yield return "Window must be positive";
        if (!double.IsFinite(AutoRadiusMeters) || AutoRadiusMeters < 0 || AutoRadiusMeters > RadiusMeters) yield return "AutoRadius must lie between 0 and Radius";
        if (AutoWindow < TimeSpan.Zero || AutoWindow > Window) yield return "AutoWindow must lie between 0 and Window";
    }

    /// <summary>
    /// The open cases that may be this call's incident, nearest first: within the radius and window with a compatible
    /// category, or from the same caller number within the window wherever it is (a caller ringing again about the same
    /// thing describes the place differently).
    /// </summary>
    public IReadOnlyList<LinkCandidate> Candidates(IEnumerable<CaseSummary> open, GeoPoint at, Category category, CallerNumber? caller, DateTimeOffset now) =>
        open.Where(c => !c.IsFinal && c.OpenedAt <= now + TimeSpan.FromMinutes(1) && now - c.OpenedAt <= Window)
            .Select(c => new LinkCandidate(c, Distance.Meters(at, c.Location.Point)))
            .Where(x => (x.DistanceMeters <= RadiusMeters && SameIncident.Compatible(category, x.Case.Category))
                        || (caller is { } number && x.Case.CallerNumber == number.Value))
            .OrderBy(x => x.DistanceMeters).ThenBy(x => x.Case.CaseId.Value, StringComparer.Ordinal)
            .ToList();

    /// <summary>The one case to link without asking: the only candidate of the same category within the tight bounds.
    /// Two such cases are a choice for the call taker, never made for them.</summary>
    public CaseSummary? AutoLink(IReadOnlyList<LinkCandidate> candidates, Category category, DateTimeOffset now)
    {
        if (!Automatic) return null;
        var close = candidates.Where(x => x.Case.Category == category && x.DistanceMeters <= AutoRadiusMeters && now - x.Case.OpenedAt <= AutoWindow).Take(2).ToList();
        return close.Count == 1 ? close[0].Case : null;
    }
}

public sealed record LinkCandidate(CaseSummary Case, double DistanceMeters);
