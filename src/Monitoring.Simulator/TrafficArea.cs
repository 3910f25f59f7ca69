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
    public static TrafficArea Everywhere(JurisdictionTree tree) => new(tree.Poldas, VoronoiCoverage.DefaultVillages);

    /// <summary>
    /// The Polda <paramref name="text"/> names as the center's <c>Monitoring:Jurisdiction:Polda</c> names them (ids,
    /// comma-separated, or <c>all</c>), and their villages; else what is wrong.
    /// </summary>
    public static (TrafficArea? Area, string? Error) Find(string text, JurisdictionTree tree)
    {
        var (ids, problem) = ServedPolda.Parse(text, tree);
        if (problem is not null)
            return (null, $"--polda {problem}. The Polda: {string.Join(", ", tree.Poldas.Select(p => p.Id))}.");
        if (ids.Count == tree.Poldas.Count) return (Everywhere(tree), null);
        var wanted = ids.ToHashSet();
        // Through the tree and not the area code: a few kecamatan of Kabupaten Tangerang are policed from Polda Metro Jaya.
        var villages = VoronoiCoverage.DefaultVillages
            .Where(v => tree.ByAreaCode(v.KecamatanCode) is { } polsek && tree.PoldaOf(polsek.Id) is { } p && wanted.Contains(p)).ToList();
        return villages.Count == 0
            ? (null, $"--polda '{text}': no village of the default coverage lies in {string.Join(", ", ids)}.")
            : (new TrafficArea([.. ids.Select(tree.Get)], villages), null);
    }

    /// <summary>Whether <paramref name="unit"/> lies in one of these Polda.</summary>
    public bool Includes(Unit unit, JurisdictionTree tree) => tree.PoldaOf(unit.Id) is { } polda && Poldas.Any(p => p.Id == polda);
}
