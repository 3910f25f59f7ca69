using System.Collections.Immutable;

namespace Monitoring.Domain.Surges;

/// <summary>
/// The cases a unit opened lately, by id so that a case announced again (after a restart, on every change) counts once,
/// and by its opening time, so that a case heard late counts where it belongs.
/// </summary>
public sealed record SurgeWindow(ImmutableDictionary<CaseId, DateTimeOffset> Opened)
{
    public static readonly SurgeWindow Empty = new(ImmutableDictionary<CaseId, DateTimeOffset>.Empty);

    /// <summary>The window with the case, if it opened within <paramref name="window"/> before <paramref name="now"/>.</summary>
    public SurgeWindow With(CaseId id, DateTimeOffset openedAt, DateTimeOffset now, TimeSpan window) =>
        openedAt > now - window && !Opened.ContainsKey(id) ? new(Opened.Add(id, openedAt)) : this;

    /// <summary>The cases opened within <paramref name="window"/> before <paramref name="now"/>; older ones are let go.</summary>
    public SurgeWindow At(DateTimeOffset now, TimeSpan window) =>
        new(Opened.Where(o => o.Value > now - window).ToImmutableDictionary());

    public int Count => Opened.Count;
}
