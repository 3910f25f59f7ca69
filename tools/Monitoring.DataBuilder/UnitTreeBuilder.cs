using System.Text;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.DataBuilder;

/// <summary>
/// Writes the national unit tree from the facts: a Polda per row of polda.csv, a Polres per kabupaten/kota, a Polsek per
/// kecamatan. The units already under Polda Metro Jaya are kept as they are (their ids and names are in use), and a
/// kecamatan listed in the overrides file is policed by the Polres it names instead of its regency's.
/// </summary>
public static class UnitTreeBuilder
{
    private const string MetroJaya = "polda-metro-jaya";

    public static IReadOnlyList<Unit> Build(Facts facts, IReadOnlyList<Unit> current, IReadOnlyDictionary<string, UnitId> overrides)
    {
        var kept = current.Where(u => u.ParentId is null || IsUnder(u, current, MetroJaya)).ToList();
        var units = new List<Unit>(kept.Select(u => u.Id.Value == MetroJaya ? u with { AreaCode = "31" } : u));
        var ids = units.Select(u => u.Id.Value).ToHashSet();
        var codes = units.Where(u => u.AreaCode is not null).Select(u => u.AreaCode!).ToHashSet();
        var root = units.Single(u => u.ParentId is null).Id;
        var kecamatanOf = facts.Kecamatan.ToLookup(k => k.RegencyCode);
        var regencies = facts.Regencies.ToDictionary(r => r.Code);
        var repeatedNames = facts.Kecamatan.GroupBy(k => Slug(k.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

        string Unique(string id, string qualifier)
        {
            var unique = ids.Contains(id) ? $"{id}-{qualifier}" : id;
            if (!ids.Add(unique)) throw new InvalidOperationException($"Unit id {unique} repeats.");
            return unique;
        }

        var polresByRegency = new Dictionary<string, UnitId>();
        foreach (var polda in facts.Poldas.Where(p => p.Id != MetroJaya))
        {
            var province = polda.ProvinceCodes[0];
            var station = polda.RegencyCodes.Select(c => regencies[c]).OrderByDescending(r => r.IsKota && r.ProvinceCode == province)
                .SelectMany(r => kecamatanOf[r.Code]).First().Point;
            units.Add(new Unit(new UnitId(Unique(polda.Id, province)), polda.Name, UnitLevel.Polda, root, province, station));
            foreach (var regency in polda.RegencyCodes.Select(c => regencies[c]))
            {
                var place = regency.IsKota ? "Kota " + Place(regency.Name) : Place(regency.Name);
                var id = new UnitId(Unique("polres-" + Slug(place), Slug(ProvinceName(facts, regency.ProvinceCode))));
                polresByRegency[regency.Code] = id;
                units.Add(new Unit(id, "Polres " + place, UnitLevel.Polres, new UnitId(polda.Id), regency.Code, Seat(regency, kecamatanOf[regency.Code])));
            }
        }
        foreach (var k in facts.Kecamatan.Where(k => !codes.Contains(k.Code)))
        {
            var parent = overrides.TryGetValue(k.Code, out var moved) ? moved : polresByRegency[k.RegencyCode];
            var name = Slug(k.Name);
            var place = Place(regencies[k.RegencyCode].Name);
            // A name that repeats carries its regency, in the id and on the wall, as Metro Jaya's two Setu do.
            var repeated = repeatedNames.Contains(name) || ids.Contains("polsek-" + name);
            var id = Unique(repeated ? $"polsek-{name}-{Slug(place)}" : "polsek-" + name, k.Code.Replace('.', '-'));
            // "(Kota Sorong)" apart from "(Sorong)": a kabupaten and its kota may share both names.
            var within = regencies[k.RegencyCode].IsKota ? "Kota " + place : place;
            units.Add(new Unit(new UnitId(id), repeated ? $"Polsek {k.Name} ({within})" : "Polsek " + k.Name, UnitLevel.Polsek, parent, k.Code, k.Point));
        }
        // Polda Metro Jaya first, as it always was: it is the first Polda, which answers calls with no position.
        var metro = units.Where(u => u.ParentId is null || IsUnder(u, units, MetroJaya))
            .OrderBy(u => u.Level).ThenBy(u => u.Id.Value, StringComparer.Ordinal).ToList();
        return [.. metro, .. units.Except(metro)];
    }

    /// <summary>A Polres sits in the kecamatan that bears its regency's name when there is one, else in its first.</summary>
    private static GeoPoint Seat(Facts.RegencyFact regency, IEnumerable<Facts.KecamatanFact> kecamatan)
    {
        var list = kecamatan.ToList();
        return (list.FirstOrDefault(k => Slug(k.Name) == Slug(Place(regency.Name))) ?? list[0]).Point;
    }

    private static string ProvinceName(Facts facts, string code) => facts.Provinces.Single(p => p.Code == code).Name;

    private static bool IsUnder(Unit unit, IReadOnlyList<Unit> all, string ancestor)
    {
        for (Unit? u = unit; u is not null; u = all.FirstOrDefault(p => p.Id == u.ParentId))
            if (u.Id.Value == ancestor) return true;
        return false;
    }

    /// <summary>"Kabupaten Sleman" → "Sleman", "Kota Yogyakarta" → "Yogyakarta".</summary>
    public static string Place(string regencyName) =>
        regencyName.StartsWith("Kabupaten ", StringComparison.Ordinal) ? regencyName["Kabupaten ".Length..]
        : regencyName.StartsWith("Kota ", StringComparison.Ordinal) ? regencyName["Kota ".Length..] : regencyName;

    public static string Slug(string name)
    {
        var s = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) s.Append(c);
            else if (c is ' ' or '-' or '/' or '.' or '(' or ')' && s.Length > 0 && s[^1] != '-') s.Append('-');
        return s.ToString().Trim('-');
    }
}
