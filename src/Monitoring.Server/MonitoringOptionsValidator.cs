using Microsoft.Extensions.Options;

namespace Monitoring.Server;

/// <summary>Refuses to start on settings that cannot work, naming each one.</summary>
public sealed class MonitoringOptionsValidator : IValidateOptions<MonitoringOptions>
{
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        var problems = options.Sla.ToPolicy().Problems().Select(p => "Monitoring:Sla:" + p).ToList();
        problems.AddRange(options.Intake.ToLimits().Problems().Select(p => "Monitoring:Intake:" + p));
        problems.AddRange(options.Pranks.Problems().Select(p => "Monitoring:Pranks:" + p));
        problems.AddRange(options.Linking.ToPolicy().Problems().Select(p => "Monitoring:Linking:" + p));
        problems.AddRange(options.Auth.Problems().Select(p => "Monitoring:Auth:" + p));
        problems.AddRange(options.Https.Problems().Select(p => "Monitoring:Https:" + p));
        problems.AddRange(options.ForwardedHeaders.Problems().Select(p => "Monitoring:ForwardedHeaders:" + p));
        if (!Security.ContentSecurityPolicy.TryTileSource(options.Ui.TileUrl, out _))
            problems.Add("Monitoring:Ui:TileUrl must be a path on this center or an http(s) URL with placeholders only in the first labels of its host");
        problems.AddRange(options.Audit.Problems().Select(p => "Monitoring:Audit:" + p));
        problems.AddRange(options.Retention.Problems().Select(p => "Monitoring:Retention:" + p));
        problems.AddRange(options.Surge.Problems().Select(p => "Monitoring:Surge:" + p));
        problems.AddRange(options.Telephony.Problems().Select(p => "Monitoring:Telephony:" + p));
        if (Monitoring.Domain.Jurisdiction.ServedPolda.Parse(options.Jurisdiction.Polda, Monitoring.Domain.Jurisdiction.JurisdictionTree.Default).Problem is { } served)
            problems.Add("Monitoring:Jurisdiction:Polda " + served);
        problems.AddRange(options.Limits.Problems().Select(p => "Monitoring:Limits:" + p));
        if (options.Reports.MaxPeriod <= TimeSpan.Zero) problems.Add("Monitoring:Reports:MaxPeriod must be positive");
        if (string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
            problems.Add("Monitoring:Storage:ConnectionString is required");
        if (options.Cluster.Port is < 0 or > 65535) problems.Add("Monitoring:Cluster:Port must be between 0 and 65535");
        problems.AddRange(options.Cluster.Tls.Problems().Select(p => "Monitoring:Cluster:Tls:" + p));
        if (options.ReadModel.StuckAfter <= TimeSpan.Zero) problems.Add("Monitoring:ReadModel:StuckAfter must be positive");
        problems.AddRange(options.Cluster.SeedNodes.Where(s => !System.Net.IPEndPoint.TryParse(s, out _) && !s.Contains(':'))
            .Select(s => $"Monitoring:Cluster:SeedNodes entry '{s}' must be host:port"));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
