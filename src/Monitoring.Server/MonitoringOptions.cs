using Monitoring.Actors.Cases;
using Monitoring.Actors.Hosting;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;
using Monitoring.Persistence.ReadModel;
using Monitoring.Persistence.Storage;

namespace Monitoring.Server;

/// <summary>The <c>Monitoring</c> configuration section. Every default runs out of the box.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    public StorageOptions Storage { get; set; } = new();

    public ClusterNodeOptions Cluster { get; set; } = new();

    public SlaOptions Sla { get; set; } = new();

    public CoverageOptions Coverage { get; set; } = new();

    public JurisdictionOptions Jurisdiction { get; set; } = new();

    public SentinelOptions Sentinel { get; set; } = new();

    public Monitoring.Actors.Units.SurgeOptions Surge { get; set; } = new();

    public Monitoring.Actors.Telephony.TelephonyOptions Telephony { get; set; } = new();

    public UiOptions Ui { get; set; } = new();

    public IntakeOptions Intake { get; set; } = new();

    public Monitoring.Server.Intake.PranksOptions Pranks { get; set; } = new();
    public LinkingOptions Linking { get; set; } = new();

    public ReportOptions Reports { get; set; } = new();

    public ReadModelOptions ReadModel { get; set; } = new();

    public Monitoring.Server.Auth.AuthOptions Auth { get; set; } = new();

    /// <summary>A directory of files each holding one setting (see <see cref="SecretFiles"/>); read once at start.</summary>
    public string? SecretsDirectory { get; set; }

    public Monitoring.Server.Security.HttpsOptions Https { get; set; } = new();

    public Monitoring.Server.Security.ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public Monitoring.Server.Limits.LimitsOptions Limits { get; set; } = new();

    public Monitoring.Server.Audit.AuditOptions Audit { get; set; } = new();

    public Monitoring.Server.Retention.RetentionOptions Retention { get; set; } = new();
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

/// <summary>What the web pages take from configuration.</summary>
public sealed class UiOptions
{
    /// <summary>An optional tile server for the maps ({z}/{x}/{y}); without one, coverage draws on a plain background.</summary>
    public string? TileUrl { get; set; }

    public string? TileAttribution { get; set; }
}

public sealed class JurisdictionOptions
{
    /// <summary>The Polda this deployment serves: <c>all</c> (the default), one Polda id, or several separated by commas.
    /// The units of the others are not in its tree, so they never start.</summary>
    public string Polda { get; set; } = Monitoring.Domain.Jurisdiction.ServedPolda.All;
}

public sealed class CoverageOptions
{
    /// <summary>Official boundaries as a GeoJSON FeatureCollection; empty uses the approximate default from village points.</summary>
    public string? GeoJsonPath { get; set; }
}


/// <summary>How near a new call must be to an open case to be offered as the same incident, and to be linked unasked.</summary>
public sealed class LinkingOptions
{
    public double Radius { get; set; } = LinkingPolicy.Default.RadiusMeters;

    public TimeSpan Window { get; set; } = LinkingPolicy.Default.Window;

    public double AutoRadius { get; set; } = LinkingPolicy.Default.AutoRadiusMeters;

    public TimeSpan AutoWindow { get; set; } = LinkingPolicy.Default.AutoWindow;

    /// <summary>Off: the center offers candidates but links only what the call taker chooses.</summary>
    public bool Automatic { get; set; } = LinkingPolicy.Default.Automatic;

    public LinkingPolicy ToPolicy() => new(Radius, Window, AutoRadius, AutoWindow, Automatic);
}
