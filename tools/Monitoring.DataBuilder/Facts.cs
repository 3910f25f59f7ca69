using System.Globalization;
using Monitoring.Domain;

namespace Monitoring.DataBuilder;

/// <summary>The administrative facts of ../shared/data/national (codes, names, points; see its README).</summary>
public sealed record Facts(
    IReadOnlyList<Facts.ProvinceFact> Provinces,
    IReadOnlyList<Facts.RegencyFact> Regencies,
    IReadOnlyList<Facts.KecamatanFact> Kecamatan,
    IReadOnlyList<Facts.PoldaFact> Poldas,
    string VillageFile)
{
    public sealed record ProvinceFact(string Code, string Name);
    public sealed record RegencyFact(string Code, string Name, string ProvinceCode, bool IsKota);
    public sealed record KecamatanFact(string Code, string Name, string RegencyCode, GeoPoint Point, double AreaKm2);
    public sealed record PoldaFact(string Id, string Name, IReadOnlyList<string> ProvinceCodes, IReadOnlyList<string> RegencyCodes);

    public static Facts Read(string folder)
    {
        IEnumerable<string[]> Rows(string file, int columns) => File.ReadLines(Path.Combine(folder, file))
            .Where((l, i) => i > 0 && l.Length > 0).Select(l => l.Split(',', columns));
        static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return new Facts(
            Rows("provinces.csv", 2).Select(f => new ProvinceFact(f[0], f[1])).ToList(),
            Rows("regencies.csv", 4).Select(f => new RegencyFact(f[0], f[1], f[2], f[3] == "kota")).ToList(),
            Rows("kecamatan-points.csv", 6).Select(f => new KecamatanFact(f[0], f[1], f[2], new GeoPoint(Number(f[3]), Number(f[4])), Number(f[5]))).ToList(),
            Rows("polda.csv", 8).Select(f => new PoldaFact(f[0], f[1], f[3].Split(';'), f[4].Split(';'))).ToList(),
            Path.Combine(folder, "village-points.csv"));
    }
}
