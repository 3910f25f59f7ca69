using System.Collections.Immutable;

namespace Monitoring.Domain.Surges;

/// <summary>
/// The cases a unit opened lately and how many callers each has, by id so that a case announced again (after a restart, on
/// every change) counts once, and by its opening time, so that a case heard late counts where it belongs. A case's linked
/// callers count as reports of its opening: twenty people ringing about one riot are a surge of reports in one case.
/// </summary>
public sealed record SurgeWindow(ImmutableDictionary<CaseId, (DateTimeOffset OpenedAt, int Callers)> Opened)
{
    public static readonly SurgeWindow Empty = new(ImmutableDictionary<CaseId, (DateTimeOffset, int)>.Empty);

    /// <summary>The window with the case and its callers so far, if it opened within <paramref name="window"/> before
    /// <paramref name="now"/>; an unlink never takes a caller back out of a report that was made.</summary>
    public SurgeWindow With(CaseId id, DateTimeOffset openedAt, DateTimeOffset now, TimeSpan window, int callers = 1)
    {
        if (openedAt <= now - window) return this;
        var held = Opened.TryGetValue(id, out var h) ? h.Callers : 0;
        return callers > held ? new(Opened.SetItem(id, (openedAt, callers))) : this;
    }

    /// <summary>The cases opened within <paramref name="window"/> before <paramref name="now"/>; older ones are let go.</summary>
    public SurgeWindow At(DateTimeOffset now, TimeSpan window) =>
        new(Opened.Where(o => o.Value.OpenedAt > now - window).ToImmutableDictionary());

    /// <summary>The reports in the window: each case's callers.</summary>
    public int Count => Opened.Values.Sum(o => o.Callers);
}
