using System.Net;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Server.Tests.Http;

/// <summary>
/// The center answers only to the Host names AllowedHosts lists: by default the loopback names of `dotnet run` and the
/// tests; the deployment files list the names their health checks, probes and Prometheus use. Another Host gets 400.
/// </summary>
[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class AllowedHostsTests
{
    private static readonly string Deploy = Path.Combine(BuiltServer.RepositoryRoot(), "deploy");

    private static async Task<HttpStatusCode> StatusForAsync(HttpClient client, string host) =>
        (await client.GetAsync($"http://{host}/healthz")).StatusCode;

    private static async Task AnswersOnlyAsync(string? allowedHosts, IEnumerable<string> hosts)
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, allowedHosts is null ? null : new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts });
        var client = factory.CreateClient();
        foreach (var host in hosts) Assert.True(await StatusForAsync(client, host) == HttpStatusCode.OK, $"Host {host} under AllowedHosts '{allowedHosts}'");
        foreach (var foreign in new[] { "evil.example", "localhost.evil.example", "10.1.2.3:5110" })
            Assert.Equal(HttpStatusCode.BadRequest, await StatusForAsync(client, foreign));
    }

    [Fact]
    public Task By_default_the_loopback_names_of_dotnet_run_and_the_tests_are_answered() =>
        AnswersOnlyAsync(null, ["localhost:5110", "127.0.0.1:41234", "[::1]:5110", "localhost"]);

    private static YamlNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    private static List<YamlNode> Documents(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Deploy, relative))));
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static IEnumerable<string> Targets(YamlNode prometheus) =>
        ((YamlSequenceNode)At(prometheus, "scrape_configs")).Children
            .SelectMany(job => ((YamlSequenceNode)At(job, "static_configs")).Children)
            .SelectMany(c => ((YamlSequenceNode)At(c, "targets")).Children).Select(t => t.ToString());

    [Fact]
    public async Task Compose_lists_the_names_its_health_check_and_prometheus_reach_the_nodes_by()
    {
        var compose = Documents("compose.yaml")[0];
        var health = ((YamlSequenceNode)At(compose, "x-node", "healthcheck", "test")).Children.Select(c => c.ToString()).Single(a => a.StartsWith("http://"));
        var scraped = Targets(Documents("prometheus/prometheus.compose.yml")[0]);
        await AnswersOnlyAsync(At(compose, "x-node-environment", "AllowedHosts").ToString(), [new Uri(health).Authority, .. scraped]);
    }

    [Fact]
    public async Task Kubernetes_lists_the_names_its_probes_and_prometheus_reach_the_pods_by()
    {
        var statefulSet = Documents("kubernetes/monitoring.yaml").Single(d => At(d, "kind").ToString() == "StatefulSet");
        var container = ((YamlSequenceNode)At(statefulSet, "spec", "template", "spec", "containers")).Children.Single();
        var allowed = ((YamlSequenceNode)At(container, "env")).Children.Single(e => At(e, "name").ToString() == "AllowedHosts");
        var probes = new[] { "readinessProbe", "livenessProbe" }.Select(probe =>
            At(((YamlSequenceNode)At(container, probe, "httpGet", "httpHeaders")).Children.Single(h => At(h, "name").ToString() == "Host"), "value").ToString());
        var config = Documents("kubernetes/prometheus.yaml").Single(d => At(d, "kind").ToString() == "ConfigMap");
        var scraped = Targets(Yaml(At(config, "data", "prometheus.yml").ToString()));
        await AnswersOnlyAsync(At(allowed, "value").ToString(), [.. probes, .. scraped, "monitoring:5110"]);
    }
}
