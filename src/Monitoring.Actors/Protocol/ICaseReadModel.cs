using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Protocol;

/// <summary>
/// The questions actors ask of the read model: a unit starting again, which open cases may be its own; the Sentinel,
/// which open cases are past their deadline; a wall feed, which cases changed lately. Answered by the persistence side.
/// </summary>
public interface ICaseReadModel
{
    /// <summary>The open cases <paramref name="unit"/> may have to act on: assigned to it, or escalated from below it
    /// (whether as far as this unit, <see cref="CaseSummary.IsResponsible"/> tells).</summary>
    Task<IReadOnlyList<CaseSummary>> OpenCasesForAsync(UnitId unit);

    /// <summary>Open cases whose deadline passed before <paramref name="before"/>, most overdue first.</summary>
    Task<IReadOnlyList<CaseId>> OverdueAsync(DateTimeOffset before, int limit);

    /// <summary>Cases whose last change is stamped at or after <paramref name="since"/> (UTC), oldest change first, open or
    /// not (a case that ends must leave the walls too).</summary>
    Task<IReadOnlyList<CaseSummary>> ChangedSinceAsync(DateTime since, int limit);

    /// <summary>The cases assigned to <paramref name="unit"/> that opened in the <paramref name="days"/> days before
    /// <paramref name="until"/>, counted by hour of day: a unit's usual rate, for its surge alerts.</summary>
    Task<SurgeBaseline> OpenedByHourAsync(UnitId unit, DateTimeOffset until, int days);
}
