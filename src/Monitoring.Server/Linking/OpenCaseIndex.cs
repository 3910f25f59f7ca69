using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Linking;

namespace Monitoring.Server.Linking;

/// <summary>
/// This node's grid of open cases, for the question a call taker asks while the caller is on the line.
/// It lives beside the wall: this node's wall feed already hears every case change in the cluster and heals lost ones
/// from the read model, so feeding the index from the same batches keeps it as current as the wall without a second
/// subscription, and no node owns it (each node answers from its own copy). It starts from the read model's open cases;
/// a summary replaces the one held only when its version is newer, so the seed and the feed may arrive in any order.
/// It holds only cases opened within the linking window (no older one can be a candidate), so it stays as small as the
/// last half hour's cases however long the node runs.
/// </summary>
public sealed class OpenCaseIndex(LinkingPolicy policy, TimeProvider clock)
{
    /// <summary>About 550 m of latitude: a query within the linking radius reads at most nine cells.</summary>
    private const double CellDegrees = 0.005;

    private readonly Lock _lock = new();
    private readonly Dictionary<CaseId, CaseSummary> _cases = [];
    private readonly Dictionary<(int, int), HashSet<CaseId>> _cells = [];

    public int Count
    {
        get { lock (_lock) return _cases.Count; }
    }

    private DateTimeOffset _pruned = DateTimeOffset.MinValue;

    public void Update(IEnumerable<CaseSummary> summaries)
    {
        var since = clock.GetUtcNow() - policy.Window;
        lock (_lock)
        {
            Prune(since);
            foreach (var c in summaries)
            {
                if (c.OpenedAt < since) continue;
                if (_cases.TryGetValue(c.CaseId, out var held))
                {
                    if (held.Version >= c.Version) continue;
                    _cells.GetValueOrDefault(Cell(held.Location.Point))?.Remove(c.CaseId);
                }
                // A final case stays known by its version, so an older summary arriving late cannot reopen it.
                _cases[c.CaseId] = c;
                if (c.IsFinal) continue;
                var cell = Cell(c.Location.Point);
                if (!_cells.TryGetValue(cell, out var ids)) _cells[cell] = ids = [];
                ids.Add(c.CaseId);
            }
        }
    }

    /// <summary>The open cases within <paramref name="meters"/> of the point (a superset: the policy measures exactly),
    /// and, when a caller is named, every open case of that caller.</summary>
    public IReadOnlyList<CaseSummary> Near(GeoPoint at, double meters, CallerNumber? caller)
    {
        var dLat = meters / 111_000 / CellDegrees;
        var dLon = dLat / Math.Max(0.01, Math.Cos(at.Latitude * Math.PI / 180));
        var (row, col) = Cell(at);
        int rows = (int)Math.Ceiling(dLat), cols = (int)Math.Min(Math.Ceiling(dLon), 360 / CellDegrees);
        var found = new List<CaseSummary>();
        lock (_lock)
        {
            for (var r = row - rows; r <= row + rows; r++)
            for (var k = col - cols; k <= col + cols; k++)
            {
                if (_cells.TryGetValue((r, k), out var ids)) found.AddRange(ids.Select(id => _cases[id]));
            }
            if (caller is { } number)
                found.AddRange(_cases.Values.Where(c => !c.IsFinal && c.CallerNumber == number.Value));
        }
        return found.DistinctBy(c => c.CaseId).ToList();
    }

    /// <summary>Once a minute at most: a case the window has passed leaves, open or final.</summary>
    private void Prune(DateTimeOffset since)
    {
        if (since - _pruned < TimeSpan.FromMinutes(1)) return;
        _pruned = since;
        foreach (var old in _cases.Values.Where(c => c.OpenedAt < since).ToList())
        {
            _cases.Remove(old.CaseId);
            _cells.GetValueOrDefault(Cell(old.Location.Point))?.Remove(old.CaseId);
        }
    }

    private static (int, int) Cell(GeoPoint p) => ((int)Math.Floor(p.Latitude / CellDegrees), (int)Math.Floor(p.Longitude / CellDegrees));
}
