using System.Text;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Coverage;

public enum PlaceKind { Village, Kecamatan }

/// <summary>A named place a caller can tell: its point and where a case there goes.</summary>
public sealed record Place(string Name, PlaceKind Kind, string Code, string? Within, GeoPoint Point, Routing Routing);

/// <summary>
/// Finds places by the name a caller says, with or without accents or capitals, by whole name or by the start of
/// its words. Built once over the shipped village points (no landmarks in that data); each place routed in advance,
/// so the call taker sees the Polsek before recording.
/// </summary>
public sealed class PlaceSearch
{
    public const int MaxResults = 20;
    public const int MaxQueryLength = 60;

    private readonly List<(Place Place, string Folded, string[] Words)> _places = [];

    public PlaceSearch(CoverageMap map, IEnumerable<VoronoiCoverage.Village> villages)
    {
        var tree = map.Tree;
        // Only the served Polda's places: a Depok found in Sleman would send a Jakarta call taker's case out of coverage.
        var list = villages.Where(v => tree.ByAreaCode(v.KecamatanCode) is { Level: UnitLevel.Polsek }).ToList();
        var kecamatanNames = list.Select(v => v.KecamatanCode).Distinct()
            .ToDictionary(code => code, code => KecamatanName(tree.ByAreaCode(code)!.Name));
        // Routing every village of the country is most of the build: on every core.
        var routings = list.AsParallel().AsOrdered().Select(v => map.Resolve(v.Point)).ToList();
        for (var i = 0; i < list.Count; i++)
            Add(new Place(list[i].Name, PlaceKind.Village, list[i].Code, kecamatanNames[list[i].KecamatanCode], list[i].Point, routings[i]));
        foreach (var group in list.GroupBy(v => v.KecamatanCode))
        {
            var name = kecamatanNames[group.Key];
            // The village nearest the middle stands for the kecamatan: a mean point may fall in a neighbour's cell.
            var middle = new GeoPoint(group.Average(v => v.Point.Latitude), group.Average(v => v.Point.Longitude));
            var point = group.MinBy(v => Math.Pow(v.Point.Latitude - middle.Latitude, 2) + Math.Pow(v.Point.Longitude - middle.Longitude, 2))!.Point;
            Add(new Place(name, PlaceKind.Kecamatan, group.Key, tree.ByAreaCode(group.Key)!.Name, point, map.Resolve(point)));
        }
    }

    public static PlaceSearch Default(CoverageMap map) => new(map, VoronoiCoverage.DefaultVillages);

    /// <summary>At most <see cref="MaxResults"/>: the whole name first, then names that start so, then any word that does;
    /// kecamatan before village on a tie, shorter names before longer.</summary>
    public IReadOnlyList<Place> Search(string query)
    {
        var folded = Fold(query);
        var words = Words(folded);
        if (words.Length == 0) return [];
        return _places
            .Select(p => (p.Place, Rank: Rank(p.Folded, p.Words, folded, words)))
            .Where(p => p.Rank >= 0)
            .OrderBy(p => p.Rank).ThenBy(p => p.Place.Kind == PlaceKind.Kecamatan ? 0 : 1).ThenBy(p => p.Place.Name.Length)
            .ThenBy(p => p.Place.Name, StringComparer.Ordinal)
            .Take(MaxResults).Select(p => p.Place).ToList();
    }

    private void Add(Place place)
    {
        var folded = Fold(place.Name);
        _places.Add((place, folded, Words(folded)));
    }

    private static int Rank(string name, string[] nameWords, string query, string[] queryWords)
    {
        if (name == query) return 0;
        if (name.StartsWith(query, StringComparison.Ordinal)) return 1;
        return queryWords.All(q => nameWords.Any(w => w.StartsWith(q, StringComparison.Ordinal))) ? 2 : -1;
    }

    /// <summary>"Polsek Setu (Tangerang Selatan)" → "Setu".</summary>
    private static string KecamatanName(string polsekName)
    {
        var name = polsekName.StartsWith("Polsek ", StringComparison.Ordinal) ? polsekName["Polsek ".Length..] : polsekName;
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }

    /// <summary>Lower case without accents, every run of other characters one space.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
            builder.Append(Unaccented.TryGetValue(ch, out var plain) ? plain : char.IsLetterOrDigit(ch) ? ch : ' ');
        return string.Join(' ', Words(builder.ToString()));
    }

    // The center runs with invariant globalization, where Unicode decomposition is not at hand: the Latin letters a
    // caller's name or a typist's keyboard may carry, spelled out.
    private static readonly Dictionary<char, char> Unaccented = new[]
    {
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'), ("ìíîïĩīĭįı", 'i'),
        ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'), ("ŕŗř", 'r'), ("śŝşš", 's'),
        ("ţťŧ", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
    }.SelectMany(p => p.Item1.Select(ch => (ch, p.Item2))).ToDictionary(p => p.ch, p => p.Item2);

    private static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
