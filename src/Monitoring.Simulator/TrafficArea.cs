using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator;

/// <summary>
/// Where the traffic comes from: the villages of the chosen Polda (<c>--polda</c>), or of the whole country. Drawing a
/// village uniformly then sends each Polda traffic in proportion to its villages, the stand-in for its population; a
/// center serving one Polda would send the others' reports to its triage as out of coverage, so its demo draws from it alone.
/// </summary>
public sealed class TrafficArea
{
    private TrafficArea(IReadOnlyList<Unit> poldas, IReadOnlyList<VoronoiCoverage.Village> villages)
    {
        Poldas = poldas;
        Villages = villages;
    }

    /// <summary>The Polda the traffic comes from, in the order given.</summary>
    public IReadOnlyList<Unit> Poldas { get; }

    public IReadOnlyList<VoronoiCoverage.Village> Villages { get; }

    /// <summary>Every village of the default coverage: the whole country.</summary>
    public static TrafficArea Everywhere(JurisdictionTree tree) =>
        new([.. tree.Units.Where(u => u.Level == UnitLevel.Polda)], VoronoiCoverage.DefaultVillages);

    /// <summary>
    /// The Polda <paramref name="text"/> names, comma-separated ids (<c>polda-daerah-istimewa-yogyakarta,polda-bali</c>) or
    /// <c>all</c>, and their villages; else what is wrong.
    /// </summary>
    public static (TrafficArea? Area, string? Error) Find(string text, JurisdictionTree tree)
    {
        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return (Everywhere(tree), null);
        var poldas = tree.Units.Where(u => u.Level == UnitLevel.Polda).ToList();
        var wanted = new List<Unit>();
        foreach (var id in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (poldas.FirstOrDefault(p => p.Id.Value.Equals(id, StringComparison.OrdinalIgnoreCase)) is not { } polda)
                return (null, $"--polda '{id}' names no Polda: give 'all' or one or more of {string.Join(", ", poldas.Select(p => p.Id))}, comma-separated.");
            if (!wanted.Contains(polda)) wanted.Add(polda);
        }
        if (wanted.Count == 0) return (null, "--polda names no Polda: give 'all' or one or more Polda ids, comma-separated.");
        var polsekPolda = PoldaOfKecamatan(tree);
        var ids = wanted.Select(p => p.Id).ToHashSet();
        var villages = VoronoiCoverage.DefaultVillages
            .Where(v => polsekPolda.TryGetValue(v.KecamatanCode, out var polda) && ids.Contains(polda)).ToList();
        return villages.Count == 0
            ? (null, $"--polda '{text}': no village of the default coverage lies in {string.Join(", ", ids)}.")
            : (new TrafficArea(wanted, villages), null);
    }

    /// <summary>Whether <paramref name="unit"/> lies in one of these Polda.</summary>
    public bool Includes(Unit unit, JurisdictionTree tree) => Poldas.Any(p => tree.IsWithin(unit.Id, p.Id));

    /// <summary>
    /// The Polda each kecamatan's Polsek answers to, through the tree and not the area code: a few kecamatan of Kabupaten
    /// Tangerang are policed from Polda Metro Jaya.
    /// </summary>
    public static IReadOnlyDictionary<string, UnitId> PoldaOfKecamatan(JurisdictionTree tree) => tree.Units
        .Where(u => u.Level == UnitLevel.Polsek && u.AreaCode is not null)
        .ToDictionary(u => u.AreaCode!, u => tree.Chain(u.Id).First(id => tree.Get(id).Level == UnitLevel.Polda));
}
