using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator;

/// <summary>
/// The Polsek a surge is sent to: its village points, and the default coverage to check that a point near one routes to it
/// (a jittered point near the edge of its cell can land in the neighbour's). The simulator knows only the default coverage; a
/// center on official boundaries routes about nine points in ten the same way.
/// </summary>
public sealed class SurgeArea
{
    private static readonly Lazy<CoverageMap> Coverage = new(() => VoronoiCoverage.Default(JurisdictionTree.Default));

    private SurgeArea(Unit unit, IReadOnlyList<VoronoiCoverage.Village> villages)
    {
        Unit = unit;
        Villages = villages;
    }

    public Unit Unit { get; }

    public IReadOnlyList<VoronoiCoverage.Village> Villages { get; }

    /// <summary>Whether the default coverage routes <paramref name="point"/> to this Polsek.</summary>
    public bool Covers(GeoPoint point) => Coverage.Value.Resolve(point).UnitId == Unit.Id;

    /// <summary>
    /// The Polsek <paramref name="text"/> names: its unit id (<c>polsek-gambir</c>), its kecamatan's area code (<c>31.71.01</c>)
    /// or the kecamatan's name (<c>Gambir</c>, or <c>Setu (Tangerang Selatan)</c> where two share one); else what is wrong.
    /// </summary>
    public static (SurgeArea? Area, string? Error) Find(string text, JurisdictionTree tree)
    {
        var wanted = text.Trim();
        var polsek = tree.Units.Where(u => u.Level == UnitLevel.Polsek).ToList();
        var matches = polsek.Where(u => u.Id.Value.Equals(wanted, StringComparison.OrdinalIgnoreCase) || u.AreaCode == wanted).ToList();
        if (matches.Count == 0)
            matches = polsek.Where(u => Named(u, wanted, withQualifier: true)).ToList();
        if (matches.Count == 0)
            matches = polsek.Where(u => Named(u, wanted, withQualifier: false)).ToList();
        if (matches.Count > 1)
            return (null, $"--surge '{text}' names more than one Polsek: {string.Join(", ", matches.Select(u => $"{u.Id} ({u.Name}, {Above(u, tree)})"))}; give its id.");
        if (matches.Count == 0)
            return (null, $"--surge '{text}' names no Polsek: give a Polsek's id (e.g. polsek-gambir), its kecamatan's code (e.g. 31.71.01) or its name (e.g. Gambir).");
        var unit = matches[0];
        var villages = VoronoiCoverage.DefaultVillages.Where(v => v.KecamatanCode == unit.AreaCode).ToList();
        return villages.Count == 0 ? (null, $"--surge '{text}': {unit.Id} has no village points in the default coverage.") : (new SurgeArea(unit, villages), null);
    }

    /// <summary>Where a Polsek lies, so that of two of one name the right one can be told: its Polres and Polda.</summary>
    private static string Above(Unit polsek, JurisdictionTree tree) =>
        string.Join(", ", tree.Chain(polsek.Id).Select(tree.Get).Where(u => u.Level is UnitLevel.Polres or UnitLevel.Polda).Select(u => u.Name));

    /// <summary>"Polsek Setu (Kab. Bekasi)" is named "Setu (Kab. Bekasi)" and, without its qualifier, "Setu".</summary>
    private static bool Named(Unit unit, string wanted, bool withQualifier)
    {
        var name = unit.Name.StartsWith("Polsek ", StringComparison.OrdinalIgnoreCase) ? unit.Name["Polsek ".Length..] : unit.Name;
        if (!withQualifier && name.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0) name = name[..cut];
        return name.Equals(wanted, StringComparison.OrdinalIgnoreCase) || unit.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase);
    }
}
