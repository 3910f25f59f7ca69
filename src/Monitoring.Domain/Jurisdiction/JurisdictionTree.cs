using System.Collections.Frozen;
using System.Text.Json;

namespace Monitoring.Domain.Jurisdiction;

/// <summary>The unit tree: Mabes → Polda → Polres → Polsek, with the chain of command of every unit.</summary>
public sealed class JurisdictionTree
{
    private readonly FrozenDictionary<UnitId, Unit> _units;
    private readonly FrozenDictionary<UnitId, IReadOnlyList<UnitId>> _chains;
    private readonly FrozenDictionary<UnitId, IReadOnlyList<Unit>> _children;
    private readonly FrozenDictionary<UnitId, int> _order;
    private readonly FrozenDictionary<string, Unit> _byArea;

    public JurisdictionTree(IEnumerable<Unit> units)
    {
        var list = units.ToList();
        _units = list.ToFrozenDictionary(u => u.Id);
        _order = list.Select((u, i) => (u.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
        _byArea = list.Where(u => u.AreaCode is not null).ToFrozenDictionary(u => u.AreaCode!);
        var roots = list.Where(u => u.ParentId is null).ToList();
        if (roots.Count != 1) throw new ArgumentException($"The tree needs exactly one root, found {roots.Count}.");
        foreach (var u in list.Where(u => u.ParentId is { } p && !_units.ContainsKey(p)))
            throw new ArgumentException($"Unit {u.Id} names unknown parent {u.ParentId}.");
        Root = roots[0];
        _chains = list.ToFrozenDictionary(u => u.Id, u => (IReadOnlyList<UnitId>)BuildChain(u.Id));
        var byParent = list.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        _children = list.ToFrozenDictionary(u => u.Id, u => (IReadOnlyList<Unit>)byParent[u.Id].ToList());
        Poldas = list.Where(u => u.Level == UnitLevel.Polda).ToList();
        if (Poldas.Count == 0) throw new ArgumentException("The tree needs at least one Polda.");
        _poldas = list.ToFrozenDictionary(u => u.Id, u => _chains[u.Id].Select(c => (UnitId?)c).FirstOrDefault(c => _units[c!.Value].Level == UnitLevel.Polda));
        TriageUnit = Poldas[0];
    }

    private readonly FrozenDictionary<UnitId, UnitId?> _poldas;

    /// <summary>The Polda of this tree, in the order of its file (Polda Metro Jaya first).</summary>
    public IReadOnlyList<Unit> Poldas { get; }

    /// <summary>The Polda on a unit's chain (itself, if it is one); null for Mabes.</summary>
    public UnitId? PoldaOf(UnitId id) => _poldas.TryGetValue(id, out var p) ? p : throw new KeyNotFoundException($"Unknown unit {id}.");

    /// <summary>The tree a deployment serves: the root and the subtrees of these Polda; the other Polda's units do not exist in it.</summary>
    public JurisdictionTree Serving(IReadOnlyCollection<UnitId> poldas)
    {
        var unknown = poldas.Where(p => !_units.TryGetValue(p, out var u) || u.Level != UnitLevel.Polda).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"No such Polda: {string.Join(", ", unknown)}.");
        var kept = poldas.ToHashSet();
        return new JurisdictionTree(_units.Values.OrderBy(u => _order[u.Id])
            .Where(u => u.ParentId is null || PoldaOf(u.Id) is { } p && kept.Contains(p)));
    }

    public Unit Root { get; }

    /// <summary>Where a call with no position is answered first: the deployment's first Polda (Polda Metro Jaya when it is served).
    /// A point outside every coverage goes to the nearest Polda instead (<see cref="Coverage.CoverageMap"/>).</summary>
    public Unit TriageUnit { get; }

    public IEnumerable<Unit> Units => _units.Values.OrderBy(u => u.Level).ThenBy(u => u.Id.Value, StringComparer.Ordinal);

    public bool Contains(UnitId id) => _units.ContainsKey(id);

    public Unit? Find(UnitId id) => _units.GetValueOrDefault(id);

    /// <summary>The unit that covers a Kemendagri area: a province's Polda, a regency's Polres, a kecamatan's Polsek.</summary>
    public Unit? ByAreaCode(string code) => _byArea.GetValueOrDefault(code);

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

    /// <summary>The national tree shipped with the project: Mabes, 36 Polda, a Polres per kabupaten/kota, a Polsek per kecamatan.</summary>
    public static JurisdictionTree Default { get; } = Load(DomainData.Open("units.json"));

    public static JurisdictionTree Load(Stream json)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DomainJson.Configure(options);
        var units = JsonSerializer.Deserialize<List<Unit>>(json, options) ?? throw new ArgumentException("No units.");
        return new JurisdictionTree(units);
    }
}
