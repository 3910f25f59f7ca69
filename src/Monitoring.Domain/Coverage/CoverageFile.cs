using System.IO.Compression;
using NetTopologySuite.Geometries;

namespace Monitoring.Domain.Coverage;

/// <summary>
/// The precomputed default coverage, one polygon per kecamatan code, so the center starts without building the national
/// Voronoi diagram. Coordinates are micro-degrees (about 0.1 m), each a zigzag varint delta from the last: a fraction of WKB's
/// size in the repository and quick to read.
/// </summary>
public static class CoverageFile
{
    private const string Magic = "MC110-COVERAGE-1";
    private const double Scale = 1e6;

    public static PrecisionModel Precision { get; } = new(Scale);

    public static void Write(Stream output, IEnumerable<(string Code, Geometry Area)> areas)
    {
        using var zip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zip);
        var list = areas.ToList();
        w.Write(Magic);
        w.Write7BitEncodedInt(list.Count);
        foreach (var (code, area) in list)
        {
            w.Write(code);
            var polygons = Enumerable.Range(0, area.NumGeometries).Select(i => (Polygon)area.GetGeometryN(i)).ToList();
            w.Write7BitEncodedInt(polygons.Count);
            long x = 0, y = 0;
            foreach (var polygon in polygons)
            {
                w.Write7BitEncodedInt(polygon.NumInteriorRings + 1);
                foreach (var ring in polygon.Rings())
                {
                    var points = ring.Coordinates;
                    w.Write7BitEncodedInt(points.Length);
                    foreach (var c in points)
                    {
                        long nx = (long)Math.Round(c.X * Scale), ny = (long)Math.Round(c.Y * Scale);
                        w.Write7BitEncodedInt64(ZigZag(nx - x));
                        w.Write7BitEncodedInt64(ZigZag(ny - y));
                        (x, y) = (nx, ny);
                    }
                }
            }
        }
    }

    public static IReadOnlyDictionary<string, Geometry> Read(Stream input)
    {
        var factory = new GeometryFactory(Precision, 4326);
        using var zip = new GZipStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(zip);
        if (r.ReadString() != Magic) throw new FormatException("Not a coverage file of this version.");
        var count = r.Read7BitEncodedInt();
        var areas = new Dictionary<string, Geometry>(count);
        for (var a = 0; a < count; a++)
        {
            var code = r.ReadString();
            long x = 0, y = 0;
            var polygons = new Polygon[r.Read7BitEncodedInt()];
            for (var p = 0; p < polygons.Length; p++)
            {
                var rings = new LinearRing[r.Read7BitEncodedInt()];
                for (var k = 0; k < rings.Length; k++)
                {
                    var points = new Coordinate[r.Read7BitEncodedInt()];
                    for (var i = 0; i < points.Length; i++)
                    {
                        x += UnZigZag(r.Read7BitEncodedInt64());
                        y += UnZigZag(r.Read7BitEncodedInt64());
                        points[i] = new Coordinate(x / Scale, y / Scale);
                    }
                    rings[k] = factory.CreateLinearRing(points);
                }
                polygons[p] = factory.CreatePolygon(rings[0], rings[1..]);
            }
            areas[code] = polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
        }
        return areas;
    }

    private static long ZigZag(long v) => (v << 1) ^ (v >> 63);

    private static long UnZigZag(long v) => (long)((ulong)v >> 1) ^ -(v & 1);

    private static IEnumerable<LineString> Rings(this Polygon polygon) => [polygon.ExteriorRing, .. polygon.InteriorRings];
}
