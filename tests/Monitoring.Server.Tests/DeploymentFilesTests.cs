using System.Collections;
using System.Net;
using System.Reflection;
using Monitoring.Actors.Hosting;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Server.Tests;

/// <summary>
/// The compose file and the Kubernetes manifests cannot run here (no container engine): what can be checked is that
/// they parse, and that every setting, image, port and probe they name is one the server really has.
/// </summary>
public sealed class DeploymentFilesTests : ServerTest
{
    private static readonly string Deploy = Path.Combine(RepositoryRoot(), "deploy");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Monitoring.sln"))) dir = dir.Parent;
        return dir.FullName;
    }

    private static List<YamlNode> Documents(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, relative));
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    /// <summary>Every node of a YAML tree, depth first, with merge keys (&lt;&lt;) resolved by the parser's anchors.</summary>
    private static IEnumerable<YamlNode> All(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.SelectMany(kv => new[] { kv.Key }.Concat(All(kv.Value))).Prepend(node),
        YamlSequenceNode s => s.Children.SelectMany(All).Prepend(node),
        _ => [node],
    };

    /// <summary>(name, value) of every environment variable a file sets, in compose's map form or Kubernetes' list form.</summary>
    private static IEnumerable<(string Name, string? Value)> Environment(IEnumerable<YamlNode> roots) =>
        roots.SelectMany(All).OfType<YamlMappingNode>().SelectMany(m =>
        {
            var found = new List<(string, string?)>();
            foreach (var (key, value) in m.Children)
            {
                // compose shares the nodes' settings under x-node-environment and merges them in with <<.
                if (key.ToString() is not ("environment" or "env" or "x-node-environment")) continue;
                if (value is YamlMappingNode map)
                    found.AddRange(map.Children.Where(kv => kv.Key.ToString() != "<<").Select(kv => (kv.Key.ToString(), (string?)kv.Value.ToString())));
                if (value is YamlSequenceNode list)
                    found.AddRange(list.Children.OfType<YamlMappingNode>().Select(e =>
                        (e.Children[new YamlScalarNode("name")].ToString(),
                         e.Children.TryGetValue(new YamlScalarNode("value"), out var v) ? (string?)v.ToString() : null)));
            }
            return found;
        });

    /// <summary>Whether Monitoring__A__B__0 names a property path of the options the server binds.</summary>
    private static bool IsSetting(string name)
    {
        var parts = name.Split("__");
        if (parts[0] != MonitoringOptions.Section) return false;
        var type = typeof(MonitoringOptions);
        foreach (var part in parts[1..])
        {
            if (typeof(IList).IsAssignableFrom(type) && int.TryParse(part, out _)) { type = type.GetGenericArguments()[0]; continue; }
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite) return false;
            type = property.PropertyType;
        }
        return true;
    }

    [Fact]
    public void Every_file_parses_and_every_monitoring_setting_it_names_exists()
    {
        var compose = Documents("compose.yaml");
        var kubernetes = Documents("kubernetes/monitoring.yaml");
        Assert.Equal(4, kubernetes.Count);   // two services, the StatefulSet, the disruption budget
        Documents("prometheus/prometheus.yml");
        Documents("prometheus/prometheus.compose.yml");
        Documents("grafana/provisioning/datasources/prometheus.yml");
        Documents("grafana/provisioning/dashboards/monitoring.yml");

        var settings = Environment(compose).Concat(Environment(kubernetes)).Where(e => e.Name.StartsWith("Monitoring__")).ToList();
        Assert.True(settings.Count >= 10);
        Assert.All(settings, s => Assert.True(IsSetting(s.Name), $"{s.Name} is not a server setting"));
        Assert.All(settings.Where(s => s.Name == "Monitoring__Storage__Provider"),
            s => Assert.True(Enum.TryParse<StorageProvider>(s.Value, out _), s.Value));
        Assert.All(settings.Where(s => s.Name == "Monitoring__Cluster__Port"), s => Assert.Equal("4053", s.Value));
        Assert.All(settings.Where(s => s.Name.StartsWith("Monitoring__Cluster__SeedNodes__")), s => Assert.EndsWith(":4053", s.Value));
    }

    [Fact]
    public void Images_ports_and_mounts_agree_between_the_files()
    {
        var compose = All(Documents("compose.yaml")[0]).OfType<YamlScalarNode>().Select(n => n.Value).ToList();
        var kubernetes = Documents("kubernetes/monitoring.yaml").SelectMany(All).OfType<YamlScalarNode>().Select(n => n.Value).ToList();
        Assert.Contains("monitoring-center-110", compose);
        Assert.Contains("monitoring-center-110:latest", kubernetes);
        Assert.Contains("4053", kubernetes);
        Assert.Contains("5110", kubernetes);
        Assert.Contains("http://+:5110", compose);
        Assert.Contains("http://+:5110", kubernetes);
        var dockerfile = File.ReadAllText(Path.Combine(Deploy, "Dockerfile"));
        Assert.Contains("EXPOSE 5110 4053", dockerfile);

        var provider = All(Documents("grafana/provisioning/dashboards/monitoring.yml")[0]).OfType<YamlScalarNode>().Select(n => n.Value);
        var dashboardsPath = provider.First(v => v!.StartsWith("/var/lib/grafana"));
        Assert.Contains(compose, v => v == "../dashboards:" + dashboardsPath + ":ro");
        Assert.Contains("http://prometheus:9090", compose);
        Assert.Contains("${PROMETHEUS_URL}", File.ReadAllText(Path.Combine(Deploy, "grafana/provisioning/datasources/prometheus.yml")));
        Assert.Contains(All(Documents("prometheus/prometheus.yml")[0]).OfType<YamlScalarNode>(), n => n.Value == "/metrics");
    }

    [Fact]
    public async Task The_probes_the_manifests_name_are_served()
    {
        var paths = Documents("kubernetes/monitoring.yaml").SelectMany(All).OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey(new YamlScalarNode("httpGet")))
            .Select(m => ((YamlMappingNode)m.Children[new YamlScalarNode("httpGet")]).Children[new YamlScalarNode("path")].ToString())
            .ToList();
        Assert.Equal(["/readyz", "/healthz"], paths);
        foreach (var path in paths.Append("/metrics"))
            Assert.Equal(HttpStatusCode.OK, (await Eventually.Until(() => Api.Client.GetAsync(path), r => r.StatusCode == HttpStatusCode.OK)).StatusCode);
    }
}
