using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Actors.Hosting;

/// <summary>The <c>Monitoring</c> configuration section. Every default runs out of the box.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    public StorageOptions Storage { get; set; } = new();

    public ClusterNodeOptions Cluster { get; set; } = new();

    public SlaOptions Sla { get; set; } = new();

    public CoverageOptions Coverage { get; set; } = new();

    public SentinelOptions Sentinel { get; set; } = new();

    public UiOptions Ui { get; set; } = new();

    public IntakeOptions Intake { get; set; } = new();

    public ReportOptions Reports { get; set; } = new();

    public ReadModelOptions ReadModel { get; set; } = new();
}

/// <summary><c>Monitoring:Intake</c>: how far reported times may lie from the center's clock (see <see cref="IntakeLimits"/>).</summary>
public sealed class IntakeOptions
{
    public TimeSpan MaxAge { get; set; } = IntakeLimits.Default.MaxAge;

    public TimeSpan MaxAhead { get; set; } = IntakeLimits.Default.MaxAhead;

    public TimeSpan MaxAnswerDelay { get; set; } = IntakeLimits.Default.MaxAnswerDelay;

    public TimeSpan MaxDuration { get; set; } = IntakeLimits.Default.MaxDuration;

    public IntakeLimits ToLimits() => new(MaxAge, MaxAhead, MaxAnswerDelay, MaxDuration);
}

/// <summary><c>Monitoring:Reports</c>.</summary>
public sealed class ReportOptions
{
    /// <summary>The longest period one report may cover: every case in it is read into memory for its percentiles.</summary>
    public TimeSpan MaxPeriod { get; set; } = TimeSpan.FromDays(366);
}

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The journal and snapshots.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/monitoring.db";

    /// <summary>The remembered open cases; unset means beside the journal (on SQLite a file of its own next to it).</summary>
    public string? ShardingConnectionString { get; set; }

    /// <summary>The read-model tables; unset means beside the journal (on SQLite a file of its own next to it).</summary>
    public string? ReadModelConnectionString { get; set; }

    /// <summary>The journal's connection as the center opens it.</summary>
    public string JournalConnection => Provider == StorageProvider.PostgreSql ? PostgresStorage.Tune(ConnectionString) : ConnectionString;

    public string ShardingConnection => Resolve(ShardingConnectionString, "sharding");

    public string ReadModelConnection => Resolve(ReadModelConnectionString, "readmodel");

    /// <summary>SQLite lets one writer into a file at a time, and a writer that finds it busy retries after a sleep of
    /// 150 ms: the journal, the sharding state and the projections each get a file, so none waits for another.</summary>
    private string Resolve(string? configured, string part) =>
        Provider == StorageProvider.PostgreSql ? PostgresStorage.Tune(string.IsNullOrWhiteSpace(configured) ? ConnectionString : configured)
        : !string.IsNullOrWhiteSpace(configured) ? configured
        : SqliteStorage.Beside(ConnectionString, part);

    /// <summary>The linq2db provider the journal and every other query use.</summary>
    public string DataProvider => Provider switch
    {
        StorageProvider.Sqlite => LinqToDB.ProviderName.SQLiteMS,
        StorageProvider.PostgreSql => LinqToDB.ProviderName.PostgreSQL15,
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };
}

public sealed class ClusterNodeOptions
{
    public string Hostname { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port: right for a one-node cluster, never for a node others must reach.</summary>
    public int Port { get; set; }

    /// <summary><c>host:port</c> of the seed nodes; empty means this node forms a cluster of its own.</summary>
    public List<string> SeedNodes { get; set; } = [];

    public List<string> Roles { get; set; } = [];

    /// <summary>How long the cluster must be stable before the split brain resolver (keep-majority) downs unreachable nodes.</summary>
    public TimeSpan DowningStableAfter { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>What the web pages take from configuration.</summary>
public sealed class UiOptions
{
    /// <summary>An optional tile server for the maps ({z}/{x}/{y}); without one, coverage draws on a plain background.</summary>
    public string? TileUrl { get; set; }

    public string? TileAttribution { get; set; }
}

public sealed class SentinelOptions
{
    /// <summary>How often the Sentinel looks for overdue cases.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long past its deadline a case's own timer is given before the Sentinel wakes it.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(2);
}

public sealed class ReadModelOptions
{
    /// <summary>How far the read model may fall behind the journal (the age of the oldest event not yet projected)
    /// before the projection counts as stuck: <c>/readyz</c> reports Degraded and <c>monitoring_projection_stuck</c> is 1.
    /// Keep it above the 10 s the projection waits for a gap in PostgreSQL's numbering.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class CoverageOptions
{
    /// <summary>Official boundaries as a GeoJSON FeatureCollection; empty uses the approximate default from village points.</summary>
    public string? GeoJsonPath { get; set; }
}

/// <summary><c>Monitoring:Sla:&lt;P1|P2|P3&gt;:&lt;Acknowledge|Dispatch|OnScene|Resolve&gt;</c>, each measured from the opening.</summary>
public sealed class SlaOptions
{
    public SlaTargetOptions P1 { get; set; } = new(SlaPolicy.Default.P1);

    public SlaTargetOptions P2 { get; set; } = new(SlaPolicy.Default.P2);

    public SlaTargetOptions P3 { get; set; } = new(SlaPolicy.Default.P3);

    public SlaPolicy ToPolicy() => new(P1.ToTargets(), P2.ToTargets(), P3.ToTargets());
}

public sealed class SlaTargetOptions
{
    public SlaTargetOptions()
    {
    }

    public SlaTargetOptions(SlaTargets defaults)
    {
        Acknowledge = defaults.Acknowledge;
        Dispatch = defaults.Dispatch;
        OnScene = defaults.OnScene;
        Resolve = defaults.Resolve;
    }

    public TimeSpan Acknowledge { get; set; }

    public TimeSpan Dispatch { get; set; }

    public TimeSpan OnScene { get; set; }

    public TimeSpan Resolve { get; set; }

    public SlaTargets ToTargets() => new(Acknowledge, Dispatch, OnScene, Resolve);
}
