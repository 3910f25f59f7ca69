using Monitoring.Actors.Hosting;
using Monitoring.Benchmarks;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Simulator.Tests;

/// <summary>
/// The benchmark, run small on SQLite, so it keeps working between the runs recorded in docs/benchmarks.md. It asserts
/// what each stage must deliver, never how fast: every call answered 201, every case seen on the wall, and after a
/// SIGKILL every open case live again.
/// </summary>
[Collection(nameof(SimulatorRuns))]
public sealed class BenchmarkTests
{
    [Fact]
    public async Task Every_stage_of_the_benchmark_runs_and_every_open_case_comes_back_after_a_kill()
    {
        var options = new BenchOptions([StorageProvider.Sqlite], TimeSpan.FromSeconds(1), WarmupCalls: 100, SaturationCalls: 300,
            WallCases: 10, OpenCases: 200, PluginActors: 200, Rounds: 2);
        using var database = new BenchDatabase(StorageProvider.Sqlite);
        var said = new List<string>();

        var ceilingSaid = new List<string>();
        var ceiling = await DatabaseCeiling.MeasureAsync(database.Fresh("ceiling"), options.Duration, options.Rounds, ceilingSaid.Add);
        Assert.True(ceiling.Best.RowsPerSecond > 0);
        Assert.Collection(ceilingSaid,
            line => Assert.Equal("database ceiling, durability as the center runs: journal_mode wal, synchronous FULL", line),
            line => Assert.StartsWith("database ceiling, prepared single-row insert reused: 1 client, 100 rows per transaction, ", line),
            line => Assert.StartsWith("database ceiling: ", line));
        var plugin = await PluginCeiling.MeasureAsync(database.Fresh("plugin"), options.Duration, options.PluginActors);
        Assert.True(plugin.NewActorEventsPerSecond > 0 && plugin.LiveActorEventsPerSecond > 0);
        var center = await CenterBench.RunAsync(database.Fresh("center"), options, said.Add);

        Assert.Equal((300, 0), (center.NewCallersSaturation.Created, center.NewCallersSaturation.Failed));
        Assert.Equal((300, 0), (center.Saturation.Created, center.Saturation.Failed));
        Assert.Equal(0, center.Half.Failed);
        Assert.True(center.Half.Created > 0);
        Assert.Equal(center.Wall.Sent, center.Wall.Seen);
        Assert.True(center.OpenCases >= options.OpenCases, $"{center.OpenCases} open cases");
        Assert.Equal(center.OpenCases, center.RecoveredCases);
        // Warm-up slices, then two rounds of two kinds, half rate, wall, memory, recovery.
        var warmUp = said.TakeWhile(line => line.StartsWith("warm-up to ", StringComparison.Ordinal)).Count();
        Assert.InRange(warmUp, 1, 5);
        Assert.Equal(2 * 2 + 4, said.Count - warmUp);
    }

    [Fact]
    public async Task The_database_ceiling_alone_measures_every_way_of_writing_on_PostgreSQL_with_one_client_and_four()
    {
        var options = BenchOptions.Parse(["--only", "ceiling", "--providers", "postgresql", "--rounds", "1"]);
        Assert.True(options.CeilingOnly);
        using var database = new BenchDatabase(StorageProvider.PostgreSql);
        var said = new List<string>();

        var ceiling = await DatabaseCeiling.MeasureAsync(database.Fresh("ceiling"), TimeSpan.FromMilliseconds(300), options.Rounds, said.Add);

        Assert.Equal(["binary COPY", "prepared INSERT … SELECT FROM unnest(arrays), the center's way",
            "prepared single-row insert reused, the transaction's rows in one batch"], ceiling.Methods.Select(m => m.Method).Distinct().Order());
        Assert.Equal([1, 1, 1, 4, 4, 4], ceiling.Methods.Select(m => m.Clients).Order());
        Assert.All(ceiling.Methods, m => Assert.True(m.RowsPerSecond > 0, m.ToString()));
        Assert.Equal("database ceiling, durability as the center runs: fsync on, synchronous_commit on", said[0]);
        Assert.Contains(said, line => line.Contains("binary COPY: 4 clients, 100 rows per transaction, ", StringComparison.Ordinal));
        Assert.StartsWith("database ceiling: ", said[^1]);
        Assert.Equal(1 + 6 + 1, said.Count);
    }

    [Fact]
    public async Task The_coverage_stage_loads_the_map_routes_points_near_villages_and_starts_a_center_serving_one_Polda()
    {
        var tree = JurisdictionTree.Default;
        var polda = CoverageBench.OnePolda(tree);
        var options = BenchOptions.Parse(["--only", "coverage", "--points", "2000", "--polda", polda]);
        Assert.Equal((true, 2000, polda), (options.CoverageOnly, options.RoutedPoints, options.Polda));
        var said = new List<string>();

        var (load, map) = CoverageBench.Load(said.Add);
        var polsek = tree.Units.Count(u => u.Level == UnitLevel.Polsek);
        Assert.Equal((polsek, polsek, VoronoiCoverage.DefaultVillages.Count), (load.Polsek, load.Areas, load.Villages));
        var routing = CoverageBench.Route(map, options.RoutedPoints, new Random(1), said.Add);
        Assert.Equal(2000, routing.Points);
        // Points within a kilometre of a village lie inside the coverage but for a few off a coast.
        Assert.InRange(routing.OutOfCoverageShare, 0, 0.05);
        using var database = new BenchDatabase(StorageProvider.Sqlite);
        var start = await CoverageBench.StartAsync(database.Fresh("one"), polda, "first start", said.Add);

        Assert.Equal(polda, start.Polda);
        Assert.Equal(4, said.Count);
        Assert.All(said, line => Assert.StartsWith("coverage: ", line));
    }
}
