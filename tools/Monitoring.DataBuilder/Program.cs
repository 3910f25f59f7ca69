using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Monitoring.DataBuilder;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;

// Regenerates src/Monitoring.Domain/Data from the national facts:
//   dotnet run -c Release --project tools/Monitoring.DataBuilder -- [--facts ../shared/data/national] [--measure <reference kecamatan GeoJSON>]
// --measure only measures the shipped coverage against reference polygons and writes nothing.
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var data = Path.Combine(repo, "src/Monitoring.Domain/Data");
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

if (Option("--measure") is { } reference)
{
    Measure.Against(reference);
    return;
}

var facts = Facts.Read(Option("--facts") ?? Path.Combine(repo, "../shared/data/national"));
var watch = Stopwatch.StartNew();
var current = JurisdictionTree.Load(File.OpenRead(Path.Combine(data, "units.json"))).Units.ToList();
var overrides = File.ReadLines(Path.Combine(repo, "tools/Monitoring.DataBuilder/unit-overrides.csv"))
    .Where((l, i) => i > 0 && l.Length > 0).Select(l => l.Split(',', 3)).ToDictionary(f => f[0], f => new UnitId(f[1]));
var units = UnitTreeBuilder.Build(facts, current, overrides);
var tree = new JurisdictionTree(units);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
DomainJson.Configure(json);
File.WriteAllText(Path.Combine(data, "units.json"),
    "[\n" + string.Join(",\n", units.Select(u => JsonSerializer.Serialize(u, json))) + "\n]\n");
Console.WriteLine($"units.json: {units.Count} units ({tree.Poldas.Count} Polda, {units.Count(u => u.Level == UnitLevel.Polres)} Polres, "
                  + $"{units.Count(u => u.Level == UnitLevel.Polsek)} Polsek)");

var villageLines = File.ReadLines(facts.VillageFile).Where(l => l.Length > 0).Select(l => l[..l.LastIndexOf(',')]).ToList(); // without pointSource
using (var gz = new GZipStream(File.Create(Path.Combine(data, "villages.csv.gz")), CompressionLevel.SmallestSize))
    gz.Write(Encoding.UTF8.GetBytes(string.Join('\n', villageLines) + "\n"));
var villages = VoronoiCoverage.LoadVillages(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', villageLines))));
Console.WriteLine($"villages.csv.gz: {villages.Count} villages");

var areas = VoronoiCoverage.Build(villages, facts.Kecamatan.ToDictionary(k => k.Code, k => k.AreaKm2));
using (var file = File.Create(Path.Combine(data, "coverage.bin.gz")))
    CoverageFile.Write(file, areas.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
Console.WriteLine($"coverage.bin.gz: {areas.Count} kecamatan areas, {areas.Values.Sum(a => a.NumPoints):N0} points, "
                  + $"{new FileInfo(Path.Combine(data, "coverage.bin.gz")).Length:N0} bytes, built in {watch.Elapsed.TotalSeconds:F1} s");

var outlines = VoronoiCoverage.Outlines(tree, areas);
using (var file = File.Create(Path.Combine(data, "outlines.bin.gz")))
    CoverageFile.Write(file, outlines.OrderBy(o => o.Key.Value, StringComparer.Ordinal).Select(o => (o.Key.Value, o.Value)));
Console.WriteLine($"outlines.bin.gz: {outlines.Count} Polda outlines, {new FileInfo(Path.Combine(data, "outlines.bin.gz")).Length:N0} bytes");

// Every kecamatan point lies inside its kecamatan (see the facts' README): how many does the coverage route home?
var map = new CoverageMap(tree, VoronoiCoverage.Areas(tree, areas));
var home = facts.Kecamatan.Select(k => (k, routed: map.Resolve(k.Point))).ToList();
var byCode = tree.Units.Where(u => u.AreaCode is not null).ToDictionary(u => u.AreaCode!);
var right = home.Count(h => tree.Get(h.routed.UnitId).AreaCode == h.k.Code);
var rightPolres = home.Count(h => tree.PolresOf(h.routed.UnitId) == tree.PolresOf(byCode[h.k.Code].Id));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"kecamatan points routed to their own Polsek: {right} of {home.Count} ({100.0 * right / home.Count:F1} %), to their Polres: {100.0 * rightPolres / home.Count:F1} %, outside coverage: {home.Count(h => h.routed.OutOfCoverage)}"));
var areaByProvince = areas.GroupBy(a => a.Key[..2]).ToDictionary(g => g.Key, g => g.Sum(a => Measure.AreaKm2(a.Value)));
foreach (var p in facts.Provinces)
{
    var official = facts.Kecamatan.Where(k => k.Code.StartsWith(p.Code + ".", StringComparison.Ordinal)).Sum(k => k.AreaKm2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Code} {p.Name}: coverage {areaByProvince[p.Code]:N0} km² of {official:N0} km² ({100 * areaByProvince[p.Code] / official:F0} %)"));
}
