using Akka.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Monitoring.Actors.Alerts;
using Monitoring.Actors.Telephony;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Wall;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence;
using Monitoring.Persistence.ReadModel;
using Monitoring.Persistence.Storage;
using Monitoring.Server;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Callers;
using Monitoring.Server.Alerts;
using Monitoring.Server.Telephony;
using Monitoring.Server.Cases;
using Monitoring.Server.Coverage;
using Monitoring.Server.Health;
using Monitoring.Server.Http;
using Monitoring.Server.Intake;
using Monitoring.Server.Limits;
using Monitoring.Server.Logging;
using Monitoring.Server.Reports;
using Monitoring.Server.Retention;
using Monitoring.Server.Security;
using Monitoring.Server.Units;
using Monitoring.Server.Linking;
using Monitoring.Server.Wall;
using Prometheus;

// Settings are read once at start. Watching appsettings for changes would watch the content root, where the SQLite
// files live by default, and wake on every journal write.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
// Secret files first: the listening address and the certificate may come from them.
builder.Configuration.AddSecretFiles();
builder.ListenOnDefaultUnlessChosen().AddHttpHardening();
builder.Logging.MaskCallerNumbers();

builder.Services.AddOptions<MonitoringOptions>()
    .Bind(builder.Configuration.GetSection(MonitoringOptions.Section))
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<MonitoringOptions>, MonitoringOptionsValidator>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ICallLocator, BoardCallLocator>();
builder.Services.AddSingleton(sp => ServedPolda.Tree(
    sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Jurisdiction.Polda, JurisdictionTree.Default));
builder.Services.AddSingleton(sp => CoverageSetup.Build(sp.GetRequiredService<JurisdictionTree>(),
    sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Coverage, sp.GetRequiredService<ILogger<CoverageMap>>()));
builder.Services.AddSingleton(sp => PlaceSearch.Default(sp.GetRequiredService<CoverageMap>()));
// The settings derived from configuration, each made once.
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Storage);
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Sla.ToPolicy());
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Intake.ToLimits());
builder.Services.AddSingleton(sp => new CaseSettings(
    sp.GetRequiredService<SlaPolicy>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<JurisdictionTree>(),
    sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Pranks.ToLadder()));
builder.Services.AddMonitoringPersistence();
builder.Services.AddSingleton<CaseService>();
builder.Services.AddSingleton<PatrolService>();
builder.Services.AddSingleton<IntakeService>();
builder.Services.AddSingleton<IdempotentIntake>();
builder.Services.AddMonitoringPeople();
builder.Services.AddMonitoringAudit();
builder.Services.AddMonitoringRetention();
builder.Services.AddMonitoringRateLimits();

builder.Services.AddSignalR().AddJsonProtocol(o => DomainJson.Configure(o.PayloadSerializerOptions));
builder.Services.AddSingleton<HubWallSink>();
builder.Services.AddSingleton<HubAlertSink>();
builder.Services.AddSingleton<HubCallSink>();
builder.Services.AddSingleton<OpenCaseIndex>();
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.Linking.ToPolicy());
builder.Services.AddSingleton<LinkFinder>();
builder.Services.AddSingleton<CaseLinker>();

builder.Services.AddAkka(MonitoringActors.SystemName, (akka, sp) =>
{
    var options = sp.GetRequiredService<IOptions<MonitoringOptions>>().Value;
    akka.ConfigureLoggers(l => l.AddLoggerFactory())
        .AddMonitoringActors(options.Cluster, sp.GetRequiredService<CaseSettings>(), MonitoringPersistence.RememberedCases,
            options.Sentinel.ToSettings(), sp.GetRequiredService<ICaseReadModel>(), options.Surge.ToSettings(),
            options.Telephony.ToSettings(sp.GetRequiredService<CoverageMap>(), sp.GetRequiredService<TimeProvider>()))
        .WithMonitoringPersistence(options.Storage)
        .WithMonitoringReadModel(sp, options.ReadModel.StuckAfter)
        .AddWallFeed(sp.GetRequiredService<HubWallSink>(), WallFeedInterval, sp.GetRequiredService<ICaseReadModel>())
        .AddAlertBoard(sp.GetRequiredService<HubAlertSink>(), options.Surge.CheckEvery)
        .AddCallBoard(sp.GetRequiredService<HubCallSink>(), sp.GetRequiredService<TimeProvider>());
});

builder.Services.Configure<JsonOptions>(o => JsonBody.Configure(o.SerializerOptions));
builder.Services.AddAuthorization(Policies.Add);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Coded);
builder.Services.AddExceptionHandler<UnavailableHandler>();
builder.Services.AddOpenApi();
builder.Services.AddOutputCache();
builder.Services.AddHealthChecks()
    .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"])
    .AddCheck<StorageHealthCheck>("journal", tags: ["ready"])
    .AddCheck<ShardRegionsHealthCheck>("shard-regions", tags: ["ready"])
    .AddCheck<ProjectionHealthCheck>("projection", tags: ["ready"]);

var app = builder.Build();

// Coverage is checked before anything listens: bad boundaries stop the server with the problems named.
app.Services.GetRequiredService<CoverageMap>();
// The place index once, before the first call taker searches it (seconds for the whole country: beside the people).
var places = Task.Run(() => app.Services.GetRequiredService<PlaceSearch>());
// The people tables and the first admin, before anyone can try to sign in.
await app.Services.PreparePeopleAsync();
await places;

app.UseHttpHardening();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBodyLimit();

app.UseRouting();
// Right after routing: the endpoint is known, and the line is written once sign-in, authorization, limits and handler ran.
app.UseAuditTrail();
app.UseHttpMetrics();
app.UseHubOriginCheck();
app.UseHubAccessToken();
app.MapPages();
app.UseAuthentication();
app.UseCookieAntiforgery();
app.UseAuthorization();
// After authorization, so the intake's limit counts by who signed in, and a refused caller spends no permit.
app.UseRateLimiter();
// After authorization, so a cached answer is never handed to someone who may not read it.
app.UseOutputCache();
app.MapOpenApi().RequireAuthorization(Policies.SignedIn);
app.MapMetrics().RequireAuthorization(Policies.Metrics);
// Probes of the orchestrator and the load balancer, which carry no sign-in; they say only whether the node is well.
app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/readyz", new HealthCheckOptions
{
    Predicate = c => c.Tags.Contains("ready"),
    // Degraded (a read model behind) keeps the default 200: the node still takes calls; the body names what is wrong.
    ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
    ResponseWriter = HealthResponse.WriteAsync,
}).AllowAnonymous();

app.MapHub<WallHub>(WallHub.Path).RequireAuthorization(Policies.SignedIn);
app.MapIntake();
app.MapCallerSanctions();
app.MapCases();
app.MapUnits();
app.MapAlerts();
app.MapLiveCalls();
app.MapCallEvents();
app.MapPatrols();
app.MapCoverage();
app.MapCoverageAreas();
app.MapCoverageSearch();
app.MapStats();
app.MapReports();
app.MapAuth();
app.MapAdmin();
app.MapAml();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program
{
    /// <summary>At most one push per case in this time, so a burst of reports cannot freeze a browser.</summary>
    private static readonly TimeSpan WallFeedInterval = TimeSpan.FromMilliseconds(250);
}
