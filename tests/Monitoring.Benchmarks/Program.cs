using System.Globalization;
using System.Runtime.InteropServices;
using Monitoring.Persistence.Storage;

// Monitoring Center 110's benchmark: for each database, its ceiling for journal-shaped rows (the fastest of its ways
// of writing them), the journal plugin's bare ceiling, then the center itself over HTTP. Prints figures as it goes and a summary table
// at the end. Run it in Release on an otherwise idle machine:
//   dotnet run -c Release --project tests/Monitoring.Benchmarks [-- --providers sqlite,postgresql --cases 100000 --seconds 10
//     --warmup 60000 --saturation 20000 --rounds 3 --wall 400 --actors 10000]
//   the database ceiling alone, in seconds: -- --only ceiling --seconds 3
//   what an entity's Props and spawning it cost, without a database: -- --only props
//   the intake's link candidates (GET /api/cases/nearby) with thousands of cases open: -- --only nearby --cases 20000
//   the national coverage: its load and memory, routing, the center's start to ready: -- --only coverage [--points 100000
//     --polda polda-daerah-istimewa-yogyakarta]
namespace Monitoring.Benchmarks;

/// <summary>A named entry point: the Server's Program is public, and a test references both.</summary>
public static class BenchProgram
{
    private const double TicketsCadPerSecond = 149;

    public static async Task Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var options = BenchOptions.Parse(args);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, "
            + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9:0} GB; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        if (options.PropsOnly)
        {
            Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
            var figures = await PropsCost.MeasureAsync(creates: 200_000, spawns: 20_000, options.Rounds, Console.WriteLine);
            Table("| way of making Props | Props: ns/op | Props: bytes/op | Props + spawn: ns/actor | Props + spawn: bytes/actor |",
                [.. figures.Select(f => $"{f.Way} | {f.CreateNs:0} | {f.CreateBytes:0} | {f.SpawnNs:0} | {f.SpawnBytes:0}")]);
            Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
            return;
        }
        if (options.NearbyOnly)
        {
            using var database = new BenchDatabase(options.Providers[0]);
            var steps = new[] { 1_000, 5_000, options.OpenCases }.Where(n => n <= options.OpenCases).Distinct().ToList();
            var nearby = await NearbyBench.RunAsync(database.Fresh("nearby"), steps, queries: 2_000, line => Console.WriteLine($"[{database.Name}] {line}"));
            Table("| open cases | questions | p50 ms | p99 ms | max ms | candidates per question |",
                [.. nearby.Select(f => $"{f.OpenCases} | {f.Queries} | {f.P50Ms:0.00} | {f.P99Ms:0.00} | {f.MaxMs:0.00} | {f.MeanCandidates:0.0}")]);
            return;
        }
        if (options.CoverageOnly)
        {
            await CoverageAsync(options);
            return;
        }
        var rows = new List<string>();
        var ceilings = new List<string>();
        foreach (var provider in options.Providers)
        {
            using var database = new BenchDatabase(provider);
            void Say(string line) => Console.WriteLine($"[{database.Name}] {line}");

            var ceiling = await DatabaseCeiling.MeasureAsync(database.Fresh("ceiling"), options.Duration, options.Rounds, Say);
            ceilings.AddRange(ceiling.Methods.Select(m => string.Join(" | ", database.Name, m.Method, m.Clients, CeilingRows.PerTransaction,
                $"{m.RowsPerSecond:0}", string.Join(", ", m.Runs.Select(r => r.ToString("0"))),
                string.Join(", ", m.Loads), m == ceiling.Best ? "**the ceiling**" : "")));
            if (options.CeilingOnly) continue;
            var db = ceiling.Best.RowsPerSecond;
            var plugin = await PluginCeiling.MeasureAsync(database.Fresh("plugin"), options.Duration, options.PluginActors);
            Say($"journal plugin bare: {plugin.NewActorEventsPerSecond:0} first events/s of new actors, {plugin.LiveActorEventsPerSecond:0} events/s of live actors");
            var center = await CenterBench.RunAsync(database.Fresh("center"), options, Say);

            var intake = center.Saturation.CreatedPerSecond;
            var worst = center.NewCallersSaturation.CreatedPerSecond;
            rows.Add(string.Join(" | ", database.Name, $"{intake:0} ({worst:0})", $"{center.Half.P50Ms:0} / {center.Half.P99Ms:0} / {center.Half.P999Ms:0}",
                $"{center.Wall.P50Ms:0} / {center.Wall.P99Ms:0}", $"{db:0}", $"{plugin.NewActorEventsPerSecond:0} / {plugin.LiveActorEventsPerSecond:0}",
                $"{intake / db:P1} ({worst / db:P1})", $"{intake / plugin.NewActorEventsPerSecond:P0} ({worst / plugin.NewActorEventsPerSecond:P0}) / {intake / plugin.LiveActorEventsPerSecond:P0}",
                $"{intake / TicketsCadPerSecond:0.0}× ({worst / TicketsCadPerSecond:0.0}×)", $"{center.BytesPerOpenCase / 1024:0.0} KB ({center.OpenCases} open)",
                $"{center.Ready.TotalSeconds:0.0} s / {center.Recovered.TotalSeconds:0.0} s"));
        }

        Table("| database | way of writing | clients | rows per transaction | rows/s (median) | runs | load average before each | |", ceilings);
        Table("| database | intake 201/s at saturation (every caller new) | intake ms at 50 %: p50 / p99 / p99.9 | intake → wall ms: p50 / p99 "
            + "| database ceiling rows/s | plugin events/s: new actors / live | intake ÷ database ceiling (every caller new) "
            + "| intake ÷ plugin: new (every caller new) / live | intake ÷ TicketsCAD (149/s) (every caller new) "
            + "| memory per open case | after SIGKILL: ready / all open cases live |", rows);
    }

    /// <summary>The coverage first, while nothing in this process has touched the Domain's data: its load is then cold.</summary>
    private static async Task CoverageAsync(BenchOptions options)
    {
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        var (load, map) = CoverageBench.Load(Console.WriteLine);
        var routing = CoverageBench.Route(map, options.RoutedPoints, new Random(110), Console.WriteLine);
        using var database = new BenchDatabase(StorageProvider.Sqlite);
        var all = database.Fresh("all");
        var one = options.Polda ?? CoverageBench.OnePolda(map.Tree);
        var starts = new List<CoverageBench.Startup>
        {
            await CoverageBench.StartAsync(all, "all", "first start on a fresh database", Console.WriteLine),
            await CoverageBench.StartAsync(all, "all", "again on the same database", Console.WriteLine),
            await CoverageBench.StartAsync(database.Fresh("one"), one, "first start on a fresh database", Console.WriteLine),
        };
        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        Table("| Polda | Polsek | villages | coverage areas | tree + villages: ms / MB managed | map built: ms / MB managed |",
            [$"{load.Polda} | {load.Polsek} | {load.Villages} | {load.Areas} | {load.Data.TotalMilliseconds:0} / {load.DataBytes / 1e6:0.0} "
                + $"| {load.Map.TotalMilliseconds:0} / {load.MapBytes / 1e6:0.0}"]);
        Table("| points routed | mean µs | p50 µs | p99 µs | max µs | outside every coverage | map's managed MB once routed |",
            [$"{routing.Points} | {routing.MeanUs:0.0} | {routing.P50Us:0.0} | {routing.P99Us:0.0} | {routing.MaxUs:0} | {routing.OutOfCoverageShare:P2} "
                + $"| {(load.MapBytes + routing.WarmBytes) / 1e6:0.0}"]);
        Table("| center serving | start | ready s | resident MB |",
            [.. starts.Select(s => $"{s.Polda} | {s.Start} | {s.Ready.TotalSeconds:0.0} | {s.ResidentBytes / 1e6:0}")]);
    }

    private static void Table(string header, IReadOnlyList<string> rows)
    {
        if (rows.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", header.Count(c => c == '|') - 1)));
        foreach (var row in rows) Console.WriteLine($"| {row} |");
    }
}
