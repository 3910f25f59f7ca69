using System.Globalization;
using System.IO.Compression;
using Monitoring.Domain.Jurisdiction;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Precision;
using NetTopologySuite.Triangulate;

namespace Monitoring.Domain.Coverage;

/// <summary>
/// The default, approximate coverage: Voronoi cells of the village points, each cell given to its kecamatan's Polsek and
/// dissolved per kecamatan, then clipped to where the kecamatan's villages reach, so coasts and the thousands of islands
/// end a little past their outermost villages instead of far out at sea. Gap- and overlap-free between neighbours by
/// construction. The national build takes a minute, so it is made once (tools/Monitoring.DataBuilder) and shipped as
/// <see cref="CoverageFile"/>; the center only reads it.
/// </summary>
public static class VoronoiCoverage
{
    private const double KmPerDegree = 111.32;

    public sealed record Village(string Code, string Name, string KecamatanCode, GeoPoint Point);

    public static IReadOnlyList<Village> DefaultVillages => Villages.Value;

    private static readonly Lazy<IReadOnlyList<Village>> Villages =
        new(() => LoadVillages(new GZipStream(DomainData.Open("villages.csv.gz"), CompressionMode.Decompress)));

    /// <summary>Every kecamatan's shipped area, read once per process and shared by every map made from it.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, Geometry>> Shipped = new(() => CoverageFile.Read(DomainData.Open("coverage.bin.gz")));

    /// <summary>Every Polda's shipped outline, keyed by Polda id.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, Geometry>> ShippedOutlines = new(() => CoverageFile.Read(DomainData.Open("outlines.bin.gz")));

    /// <summary>The shipped coverage of the Polsek this tree holds, with its Polda's outlines.</summary>
    public static CoverageMap Default(JurisdictionTree tree) => new(tree, Areas(tree, Shipped.Value),
        tree.Poldas.Where(p => ShippedOutlines.Value.ContainsKey(p.Id.Value)).ToDictionary(p => p.Id, p => ShippedOutlines.Value[p.Id.Value]));

    /// <summary>Each Polda's outline from the areas of its Polsek, for the shipped file.</summary>
    public static IReadOnlyDictionary<UnitId, Geometry> Outlines(JurisdictionTree tree, IReadOnlyDictionary<string, Geometry> byKecamatan) =>
        Areas(tree, byKecamatan).GroupBy(a => tree.PoldaOf(a.UnitId)!.Value).AsParallel()
            .ToDictionary(g => g.Key, g => CoverageOutline.Of(g.Select(a => a.Geometry).ToList()));

    public static IReadOnlyList<CoverageArea> Areas(JurisdictionTree tree, IReadOnlyDictionary<string, Geometry> byKecamatan)
    {
        var polsek = tree.Units.Where(u => u.Level == UnitLevel.Polsek).ToList();
        var missing = polsek.Where(u => u.AreaCode is null || !byKecamatan.ContainsKey(u.AreaCode))
            .Select(u => $"Polsek {u.Id} ({u.AreaCode}) has no village points").ToList();
        if (missing.Count > 0) throw new CoverageException(missing);
        return polsek.Select(u => new CoverageArea(u.Id, byKecamatan[u.AreaCode!])).ToList();
    }

    /// <summary>How far past its outermost villages a kecamatan reaches: three quarters of the spacing of its villages
    /// (the side of the square each would have in its area), between 1 and 15 km.</summary>
    public static double ReachKm(double areaKm2, int villages) => Math.Clamp(0.75 * Math.Sqrt(areaKm2 / Math.Max(villages, 1)), 1, 15);

    /// <summary>Builds the area of every kecamatan with villages; <paramref name="areaKm2"/> is each kecamatan's size.</summary>
    public static IReadOnlyDictionary<string, Geometry> Build(IReadOnlyList<Village> villages, IReadOnlyDictionary<string, double> areaKm2)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var kecamatanAt = new Dictionary<Coordinate, string>();
        foreach (var v in villages)
            kecamatanAt.TryAdd(new Coordinate(v.Point.Longitude, v.Point.Latitude), v.KecamatanCode);

        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(kecamatanAt.Keys.ToList());
        var clip = factory.CreateMultiPointFromCoords(kecamatanAt.Keys.ToArray()).EnvelopeInternal.Copy();
        clip.ExpandBy(1.0);
        builder.ClipEnvelope = clip;
        var cells = builder.GetDiagram(factory).Geometries
            .GroupBy(cell => kecamatanAt[(Coordinate)cell.UserData])
            .ToDictionary(g => g.Key, g => OverlayNGRobust.Union(factory.BuildGeometry(g.ToList())));

        var reach = new STRtree<Geometry>();
        foreach (var kecamatan in villages.GroupBy(v => v.KecamatanCode))
        {
            var points = factory.CreateMultiPointFromCoords(kecamatan.Select(v => new Coordinate(v.Point.Longitude, v.Point.Latitude)).ToArray());
            var km = ReachKm(areaKm2.GetValueOrDefault(kecamatan.Key), kecamatan.Count());
            var hull = points.ConvexHull().Buffer(km / KmPerDegree);
            reach.Insert(hull.EnvelopeInternal, hull);
        }
        reach.Build();

        var reducer = new GeometryPrecisionReducer(CoverageFile.Precision);
        return cells.AsParallel().ToDictionary(kv => kv.Key, kv =>
        {
            var land = OverlayNGRobust.Union(factory.BuildGeometry(reach.Query(kv.Value.EnvelopeInternal).ToList()));
            var area = reducer.Reduce(OverlayNGRobust.Overlay(kv.Value, land, SpatialFunction.Intersection));
            return factory.BuildGeometry(PolygonExtracter.GetPolygons(area));
        });
    }

    public static IReadOnlyList<Village> LoadVillages(Stream csv)
    {
        using var reader = new StreamReader(csv);
        var header = reader.ReadLine() ?? throw new FormatException("Empty village file.");
        if (!header.StartsWith("code,name,kecamatanCode,latitude,longitude", StringComparison.Ordinal)) throw new FormatException($"Unexpected header {header}.");
        var villages = new List<Village>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            // Read from both ends: two names hold a comma in quotes ("Lubuk Pakam I,II").
            var f = line.Split(',');
            if (f.Length < 5) throw new FormatException($"Bad village line: {line}");
            villages.Add(new Village(f[0], string.Join(',', f[1..^3]).Trim('"'), f[^3],
                new GeoPoint(double.Parse(f[^2], CultureInfo.InvariantCulture), double.Parse(f[^1], CultureInfo.InvariantCulture))));
        }
        return villages;
    }
}
