using System.Collections.Frozen;
using System.Text.Json;

namespace Monitoring.Domain.Jurisdiction;

/// <summary>The unit tree: Mabes → Polda → Polres → Polsek, with the chain of command of every unit.</summary>
public sealed class JurisdictionTree
{
    private readonly FrozenDictionary<UnitId, Unit> _units;
    private readonly FrozenDictionary<UnitId, IReadOnlyList<UnitId>> _chains;
    private readonly FrozenDictionary<UnitId, IReadOnlyList<Unit>> _children;

    public JurisdictionTree(IEnumerable<Unit> units)
    {
        var list = units.ToList();
        _units = list.ToFrozenDictionary(u => u.Id);
        var roots = list.Where(u => u.ParentId is null).ToList();
        if (roots.Count != 1) throw new ArgumentException($"The tree needs exactly one root, found {roots.Count}.");
        foreach (var u in list.Where(u => u.ParentId is { } p && !_units.ContainsKey(p)))
            throw new ArgumentException($"Unit {u.Id} names unknown parent {u.ParentId}.");
        Root = roots[0];
        _chains = list.ToFrozenDictionary(u => u.Id, u => (IReadOnlyList<UnitId>)BuildChain(u.Id));
        _children = list.ToFrozenDictionary(
            u => u.Id, u => (IReadOnlyList<Unit>)list.Where(c => c.ParentId == u.Id).ToList());
        TriageUnit = list.First(u => u.Level == UnitLevel.Polda);
    }

    public Unit Root { get; }

    /// <summary>Where a point outside every coverage goes for manual triage: the Polda's operations room.</summary>
    public Unit TriageUnit { get; }

    public IEnumerable<Unit> Units => _units.Values.OrderBy(u => u.Level).ThenBy(u => u.Id.Value, StringComparer.Ordinal);

    public bool Contains(UnitId id) => _units.ContainsKey(id);

    public Unit? Find(UnitId id) => _units.GetValueOrDefault(id);

    public Unit Get(UnitId id) => _units.TryGetValue(id, out var u) ? u : throw new KeyNotFoundException($"Unknown unit {id}.");

    public IReadOnlyList<Unit> Children(UnitId id) => _children.GetValueOrDefault(id) ?? [];

    /// <summary>The unit itself, then each parent up to the root.</summary>
    public IReadOnlyList<UnitId> Chain(UnitId id) => _chains.TryGetValue(id, out var c) ? c : throw new KeyNotFoundException($"Unknown unit {id}.");

    /// <summary>Whether the unit is the scope itself or lies anywhere below it: what a grant scoped to a unit reaches.</summary>
    public bool IsWithin(UnitId unit, UnitId scope) => _chains.TryGetValue(unit, out var chain) && chain.Contains(scope);

    /// <summary>The Polres on a unit's chain (itself, if it is one); null above the Polres level.</summary>
    public UnitId? PolresOf(UnitId id) =>
        Chain(id).Select(u => (UnitId?)u).FirstOrDefault(u => _units[u!.Value].Level == UnitLevel.Polres);

    private List<UnitId> BuildChain(UnitId id)
    {
        var chain = new List<UnitId>();
        for (UnitId? cur = id; cur is { } c; cur = _units[c].ParentId)
        {
            if (chain.Contains(c)) throw new ArgumentException($"The tree has a cycle at {c}.");
            chain.Add(c);
        }
        return chain;
    }

    /// <summary>The default tree of Polda Metro Jaya shipped with the project.</summary>
    public static JurisdictionTree Default { get; } = Load(DomainData.Open("units.json"));

    public static JurisdictionTree Load(Stream json)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DomainJson.Configure(options);
        var units = JsonSerializer.Deserialize<List<Unit>>(json, options) ?? throw new ArgumentException("No units.");
        return new JurisdictionTree(units);
    }
}
