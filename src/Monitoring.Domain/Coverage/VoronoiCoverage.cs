using System.Globalization;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Triangulate;

namespace Monitoring.Domain.Coverage;

/// <summary>
/// The default, approximate coverage: Voronoi cells of the village points, each cell given to its kecamatan's
/// Polsek and dissolved per Polsek, clipped to the buffered convex hulls of the mainland and of the islands.
/// Gap- and overlap-free by construction; about 9 in 10 points land in the official Polsek.
/// </summary>
public static class VoronoiCoverage
{
    /// <summary>About 2 km in degrees at this latitude; how far past the outermost villages coverage reaches.</summary>
    private const double OutlineBuffer = 2000 / 111_320.0;

    /// <summary>Kecamatan codes of this regency are islands: they get a hull of their own.</summary>
    private const string IslandRegencyCode = "31.01";

    public sealed record Village(string Code, string Name, string KecamatanCode, GeoPoint Point);

    public static IReadOnlyList<Village> DefaultVillages { get; } = LoadVillages(DomainData.Open("villages.csv"));

    public static CoverageMap Default(JurisdictionTree tree) => new(tree, Build(tree, DefaultVillages));

    public static IReadOnlyList<CoverageArea> Build(JurisdictionTree tree, IReadOnlyList<Village> villages)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var polsekByCode = tree.Units.Where(u => u.Level == UnitLevel.Polsek && u.AreaCode is not null)
            .ToDictionary(u => u.AreaCode!);
        var kecamatanAt = new Dictionary<Coordinate, string>();
        foreach (var v in villages)
            kecamatanAt.TryAdd(new Coordinate(v.Point.Longitude, v.Point.Latitude), v.KecamatanCode);

        var outline = Outline(factory, villages);
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(kecamatanAt.Keys.ToList());
        var clip = outline.EnvelopeInternal.Copy();
        clip.ExpandBy(1.0);
        builder.ClipEnvelope = clip;
        var cells = builder.GetDiagram(factory);

        var cellsByCode = new Dictionary<string, List<Geometry>>();
        foreach (var cell in cells.Geometries)
        {
            var code = kecamatanAt[(Coordinate)cell.UserData];
            var clipped = cell.Intersection(outline);
            if (clipped.IsEmpty) continue;
            if (!cellsByCode.TryGetValue(code, out var list)) cellsByCode[code] = list = [];
            list.Add(clipped);
        }

        var problems = polsekByCode.Keys.Where(c => !cellsByCode.ContainsKey(c))
            .Select(c => $"Polsek {polsekByCode[c].Id} ({c}) has no village points").ToList();
        problems.AddRange(cellsByCode.Keys.Where(c => !polsekByCode.ContainsKey(c))
            .Select(c => $"villages of kecamatan {c} match no Polsek"));
        if (problems.Count > 0) throw new CoverageException(problems);

        return cellsByCode
            .Select(kv => new CoverageArea(polsekByCode[kv.Key].Id, CascadedPolygonUnion.Union(kv.Value)))
            .ToList();
    }

    private static Geometry Outline(GeometryFactory factory, IReadOnlyList<Village> villages)
    {
        Geometry Hull(IEnumerable<Village> part) =>
            factory.CreateMultiPoint(part.Select(v => new Point(v.Point.Longitude, v.Point.Latitude)).ToArray())
                .ConvexHull().Buffer(OutlineBuffer);

        var islands = villages.Where(v => v.KecamatanCode.StartsWith(IslandRegencyCode + ".", StringComparison.Ordinal)).ToList();
        var mainland = villages.Except(islands).ToList();
        return islands.Count == 0 ? Hull(mainland) : Hull(mainland).Union(Hull(islands));
    }

    public static IReadOnlyList<Village> LoadVillages(Stream csv)
    {
        using var reader = new StreamReader(csv);
        var header = reader.ReadLine() ?? throw new FormatException("Empty village file.");
        if (header != "code,name,kecamatanCode,latitude,longitude") throw new FormatException($"Unexpected header {header}.");
        var villages = new List<Village>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            if (f.Length != 5) throw new FormatException($"Bad village line: {line}");
            villages.Add(new Village(f[0], f[1], f[2],
                new GeoPoint(double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture))));
        }
        return villages;
    }
}
