using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;
using Monitoring.Server.Http;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Server.Tests;

/// <summary>
/// The compose file and the Kubernetes manifests cannot run here (no container engine): what can be checked is that
/// they parse, and that every setting, image, port and probe they name is one the server really has.
/// </summary>
[StorageIndependent]
public sealed partial class DeploymentFilesTests : ServerTest
{
    private static readonly string Deploy = Path.Combine(BuiltServer.RepositoryRoot(), "deploy");

    private static List<YamlNode> Documents(string relative)
    {
        using var reader = new StreamReader(Path.Combine(Deploy, relative));
        return Documents(reader);
    }

    private static List<YamlNode> Documents(TextReader reader)
    {
        var stream = new YamlStream();
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
        var dockerfile = File.ReadAllText(Path.Combine(Deploy, "Dockerfile"));
        Assert.Contains("EXPOSE 5110 4053", dockerfile);

        var provider = All(Documents("grafana/provisioning/dashboards/monitoring.yml")[0]).OfType<YamlScalarNode>().Select(n => n.Value);
        var dashboardsPath = provider.First(v => v!.StartsWith("/var/lib/grafana"));
        Assert.Contains(compose, v => v == "../dashboards:" + dashboardsPath + ":ro");
        Assert.Contains("http://prometheus:9090", compose);
        Assert.Contains("${PROMETHEUS_URL}", File.ReadAllText(Path.Combine(Deploy, "grafana/provisioning/datasources/prometheus.yml")));
        Assert.Contains(All(Documents("prometheus/prometheus.yml")[0]).OfType<YamlScalarNode>(), n => n.Value == "/metrics");
    }

    /// <summary>The child of a mapping by its key, for walking a manifest.</summary>
    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static int PortOf(string hostAndPort) => int.Parse(hostAndPort[(hostAndPort.LastIndexOf(':') + 1)..].TrimEnd('/'), CultureInfo.InvariantCulture);

    /// <summary>The port of an ASPNETCORE_URLS that listens on every interface, as a container must to be reached.</summary>
    private static int EveryInterfacePort(string? urls)
    {
        var match = Regex.Match(urls ?? "", @"^http://(\+|\*|0\.0\.0\.0|\[::\]):(\d+)$");
        Assert.True(match.Success, $"ASPNETCORE_URLS '{urls}' is not one address on every interface");
        return int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void What_the_image_and_the_manifests_reach_is_where_the_server_listens()
    {
        // The environment decides only if the server's own settings name no address: a Urls there outranks ASPNETCORE_URLS.
        using (var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltServer.RepositoryRoot(), "src", "Monitoring.Server", "appsettings.json"))))
            Assert.DoesNotContain(settings.RootElement.EnumerateObject(), p => p.Name.ToUpperInvariant() is "URLS" or "HTTP_PORTS" or "HTTPS_PORTS" or "KESTREL");

        var dockerfile = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));
        var port = EveryInterfacePort(dockerfile.Single(l => l.StartsWith("ENV ASPNETCORE_URLS=", StringComparison.Ordinal)).Split('=', 2)[1]);
        Assert.Contains(port.ToString(CultureInfo.InvariantCulture), dockerfile.Single(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal)).Split(' '));

        var compose = Documents("compose.yaml");
        var kubernetes = Documents("kubernetes/monitoring.yaml");
        var urls = Environment(compose).Concat(Environment(kubernetes)).Where(e => e.Name == "ASPNETCORE_URLS").ToList();
        Assert.Equal(2, urls.Count);
        Assert.All(urls, u => Assert.Equal(port, EveryInterfacePort(u.Value)));

        // compose: each node's published port goes to it, the health check asks it, Prometheus scrapes it.
        var health = ((YamlSequenceNode)At(compose[0], "x-node", "healthcheck", "test")).Children.Select(c => c.ToString()).Single(a => a.StartsWith("http://"));
        Assert.Equal(port, new Uri(health).Port);
        var nodes = ((YamlMappingNode)At(compose[0], "services")).Children.Where(kv => kv.Key.ToString().StartsWith("node")).ToList();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(port, PortOf(((YamlSequenceNode)At(n.Value, "ports")).Children.Single().ToString())));
        var targets = ((YamlSequenceNode)At(Documents("prometheus/prometheus.compose.yml")[0], "scrape_configs")).Children
            .SelectMany(job => ((YamlSequenceNode)At(job, "static_configs")).Children).SelectMany(c => ((YamlSequenceNode)At(c, "targets")).Children)
            .Select(t => t.ToString()).ToList();
        Assert.Equal(nodes.Select(n => $"{n.Key}:{port}"), targets);

        // Kubernetes: the container port named http is the probes' port, the service's target and the scrape annotation.
        var statefulSet = kubernetes.Single(d => At(d, "kind").ToString() == "StatefulSet");
        var container = ((YamlSequenceNode)At(statefulSet, "spec", "template", "spec", "containers")).Children.Single();
        var http = ((YamlSequenceNode)At(container, "ports")).Children.Single(p => At(p, "name").ToString() == "http");
        Assert.Equal(port, int.Parse(At(http, "containerPort").ToString(), CultureInfo.InvariantCulture));
        Assert.All(new[] { "readinessProbe", "livenessProbe" }, probe => Assert.Equal("http", At(container, probe, "httpGet", "port").ToString()));
        Assert.Equal(port.ToString(CultureInfo.InvariantCulture), At(statefulSet, "spec", "template", "metadata", "annotations", "prometheus.io/port").ToString());
        var service = kubernetes.Single(d => At(d, "kind").ToString() == "Service" && At(d, "metadata", "name").ToString() == "monitoring");
        Assert.Equal(port.ToString(CultureInfo.InvariantCulture), At(((YamlSequenceNode)At(service, "spec", "ports")).Children.Single(), "targetPort").ToString());

        // Outside a container the server listens on its default, where the development Prometheus looks.
        Assert.Contains(All(Documents("prometheus/prometheus.yml")[0]).OfType<YamlScalarNode>(), n => n.Value == $"127.0.0.1:{new Uri(ListeningAddress.Default).Port}");
    }

    [Fact]
    public async Task The_probes_the_manifests_name_are_served()
    {
        var paths = Documents("kubernetes/monitoring.yaml").SelectMany(All).OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey(new YamlScalarNode("httpGet")))
            .Select(m => ((YamlMappingNode)m.Children[new YamlScalarNode("httpGet")]).Children[new YamlScalarNode("path")].ToString())
            .ToList();
        Assert.Equal(["/readyz", "/healthz"], paths);
        // The probes carry no sign-in; Prometheus scrapes with a token that may read /metrics.
        var anonymous = Factory.CreateClient();
        foreach (var path in paths)
            Assert.Equal(HttpStatusCode.OK, (await Eventually.Until(() => anonymous.GetAsync(path), r => r.StatusCode == HttpStatusCode.OK)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.Manager.GetAsync("/metrics")).StatusCode);
    }

    /// <summary>
    /// The center answers /metrics only to a token that may read it: every Prometheus these files configure scrapes
    /// with the token file, and compose and Kubernetes put a secret exactly there (the file itself is no one's to commit).
    /// </summary>
    [Fact]
    public void Every_prometheus_scrapes_with_the_token_its_deployment_mounts_from_a_secret()
    {
        const string token = "/etc/prometheus/monitoring-token";
        var kubernetes = Documents("kubernetes/prometheus.yaml");
        YamlNode Kind(string kind) => kubernetes.Single(d => At(d, "kind").ToString() == kind);
        var configs = new[] { "prometheus/prometheus.yml", "prometheus/prometheus.compose.yml" }.Select(f => Documents(f)[0])
            .Append(Documents(new StringReader(At(Kind("ConfigMap"), "data", "prometheus.yml").ToString()))[0]);
        var jobs = configs.SelectMany(c => ((YamlSequenceNode)At(c, "scrape_configs")).Children).ToList();
        Assert.Equal(3, jobs.Count);
        Assert.All(jobs, job => Assert.Equal(("Bearer", token),
            (At(job, "authorization", "type").ToString(), At(job, "authorization", "credentials_file").ToString())));

        // compose: the secret's file beside the compose file, documented there and never committed.
        var compose = Documents("compose.yaml")[0];
        var secret = ((YamlSequenceNode)At(compose, "services", "prometheus", "secrets")).Children.Single();
        Assert.Equal(token, At(secret, "target").ToString());
        Assert.Equal("./secrets/prometheus-token", At(compose, "secrets", At(secret, "source").ToString(), "file").ToString());
        Assert.Contains("`prometheus-token`", File.ReadAllText(Path.Combine(Deploy, "secrets", "README.md")));
        Assert.Contains("*", File.ReadAllLines(Path.Combine(Deploy, "secrets", ".gitignore")));

        // Kubernetes: the secret's key and the config map, each one file at the path the other names.
        var pod = At(Kind("Deployment"), "spec", "template", "spec");
        var container = ((YamlSequenceNode)At(pod, "containers")).Children.Single();
        var mounts = ((YamlSequenceNode)At(container, "volumeMounts")).Children.ToDictionary(m => At(m, "mountPath").ToString());
        var volumes = ((YamlSequenceNode)At(pod, "volumes")).Children.ToDictionary(v => At(v, "name").ToString());
        var tokenVolume = volumes[At(mounts[token], "name").ToString()];
        Assert.Equal("monitoring-prometheus-token", At(tokenVolume, "secret", "secretName").ToString());
        Assert.Equal("token", At(mounts[token], "subPath").ToString());
        var config = Assert.Single(((YamlSequenceNode)At(container, "args")).Children.Select(a => a.ToString()), a => a.StartsWith("--config.file="));
        var configMount = mounts[config["--config.file=".Length..]];
        Assert.Equal(At(Kind("ConfigMap"), "metadata", "name").ToString(), At(volumes[At(configMount, "name").ToString()], "configMap", "name").ToString());
        Assert.Equal("prometheus.yml", At(configMount, "subPath").ToString());

        // …and it scrapes each pod of the StatefulSet by its stable name, on the port named http.
        var statefulSet = Documents("kubernetes/monitoring.yaml").Single(d => At(d, "kind").ToString() == "StatefulSet");
        var center = ((YamlSequenceNode)At(statefulSet, "spec", "template", "spec", "containers")).Children.Single();
        var port = At(((YamlSequenceNode)At(center, "ports")).Children.Single(p => At(p, "name").ToString() == "http"), "containerPort").ToString();
        var replicas = int.Parse(At(statefulSet, "spec", "replicas").ToString(), CultureInfo.InvariantCulture);
        var expected = Enumerable.Range(0, replicas)
            .Select(i => $"{At(statefulSet, "metadata", "name")}-{i}.{At(statefulSet, "spec", "serviceName")}:{port}");
        var targets = ((YamlSequenceNode)At(jobs[^1], "static_configs")).Children.SelectMany(c => ((YamlSequenceNode)At(c, "targets")).Children)
            .Select(t => t.ToString());
        Assert.Equal(expected, targets);
    }

    private static List<YamlNode> Yaml(string text) => Documents(new StringReader(text));

    /// <summary>The YAML files a ConfigMap of these documents carries (Prometheus's configuration on Kubernetes).</summary>
    private static IEnumerable<YamlNode> CarriedFiles(IEnumerable<YamlNode> manifests) =>
        manifests.Where(d => At(d, "kind").ToString() == "ConfigMap")
            .SelectMany(d => ((YamlMappingNode)At(d, "data")).Children.Where(kv => kv.Key.ToString().EndsWith(".yml", StringComparison.Ordinal)))
            .SelectMany(kv => Yaml(kv.Value.ToString()));

    private static readonly string[] YamlFiles =
    [
        "compose.yaml", "kubernetes/monitoring.yaml", "kubernetes/prometheus.yaml", "prometheus/prometheus.yml", "prometheus/prometheus.compose.yml",
        "grafana/provisioning/datasources/prometheus.yml", "grafana/provisioning/dashboards/monitoring.yml",
    ];

    [Fact]
    public void No_password_or_token_stands_inline_in_a_deploy_file()
    {
        Assert.All(YamlFiles, file => Assert.Empty(InlineSecrets(Documents(file))));
        var carried = CarriedFiles(Documents("kubernetes/prometheus.yaml")).ToList();
        Assert.Single(carried);
        Assert.Empty(InlineSecrets(carried));

        // …and each way of writing one inline is caught, the first two as compose held them before.
        Assert.NotEmpty(InlineSecrets(Yaml("services: {postgres: {environment: {POSTGRES_PASSWORD: monitoring}}}")));
        Assert.NotEmpty(InlineSecrets(Yaml("x-node-environment: {Monitoring__Storage__ConnectionString: 'Host=postgres;Password=monitoring'}")));
        Assert.NotEmpty(InlineSecrets(Yaml("services: {grafana: {environment: [GF_SECURITY_ADMIN_PASSWORD=admin]}}")));
        Assert.NotEmpty(InlineSecrets(Yaml("environment: {DATABASE: 'Host=postgres;Username=monitoring;Pwd=monitoring'}")));
        Assert.NotEmpty(InlineSecrets(Yaml("env: [{name: Monitoring__Auth__BootstrapAdminPassword, value: a-long-admin-password}]")));
        Assert.NotEmpty(InlineSecrets(Yaml("authorization: {type: Bearer, credentials: the-token}")));
        Assert.NotEmpty(InlineSecrets(Yaml("kind: Secret\nmetadata: {name: monitoring-admin}\nstringData: {bootstrapAdminPassword: x}")));
    }

    [Fact]
    public void The_image_runs_as_a_fixed_unprivileged_user_who_owns_the_data_folder_and_nothing_secret_is_built_in()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));
        var user = ImageUser(dockerfile);
        Assert.True(int.TryParse(user, CultureInfo.InvariantCulture, out var uid) && uid > 0, $"the image runs as '{user ?? "root"}', not a fixed uid other than root's");
        // The SQLite default (data/… under the working directory) is the one folder the center writes to.
        var workdir = dockerfile.Last(l => l.StartsWith("WORKDIR ", StringComparison.Ordinal))["WORKDIR ".Length..];
        using (var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltServer.RepositoryRoot(), "src", "Monitoring.Server", "appsettings.json"))))
        {
            var database = settings.RootElement.GetProperty("Monitoring").GetProperty("Storage").GetProperty("ConnectionString").GetString()!;
            var folder = $"{workdir}/{Path.GetDirectoryName(database["Data Source=".Length..])}";
            Assert.Contains($"chown {uid}:{uid} {folder}", dockerfile.Single(l => l.Contains(" chown ", StringComparison.Ordinal)));
        }
        Assert.DoesNotContain(dockerfile, l => Regex.IsMatch(l, @"^(ENV|ARG)\s") && SecretName().IsMatch(l));
        Assert.Contains("deploy/secrets", File.ReadAllLines(Path.Combine(BuiltServer.RepositoryRoot(), ".dockerignore")));

        // Kubernetes runs the pods as that user and refuses root.
        var pod = At(Documents("kubernetes/monitoring.yaml").Single(d => At(d, "kind").ToString() == "StatefulSet"), "spec", "template", "spec");
        Assert.Equal(("true", user), (At(pod, "securityContext", "runAsNonRoot").ToString(), At(pod, "securityContext", "runAsUser").ToString()));

        // …and an image without USER in its last stage is caught: a USER of the build stage does not carry over.
        Assert.Null(ImageUser([.. dockerfile.Where(l => !l.StartsWith("USER ", StringComparison.Ordinal))]));
        Assert.Null(ImageUser(["FROM sdk AS build", "USER 1654", "FROM aspnet", "ENTRYPOINT [\"dotnet\"]"]));
    }

    [Fact]
    public void Prometheus_and_Grafana_are_published_on_the_host_only_and_the_center_where_it_is_told()
    {
        var compose = Documents("compose.yaml")[0];
        var published = Published(compose).ToList();
        Assert.Equal(["node1", "node2", "node3", "prometheus", "grafana"], published.Select(p => p.Service));
        Assert.All(published, p => Assert.True(p.Host is { } host && IPAddress.IsLoopback(host), $"{p.Service} publishes '{p.Port}' beyond the host"));
        // Prometheus and Grafana with no way to open them by a variable; the nodes on MONITORING_PUBLISH_ADDRESS, the host unless set.
        Assert.All(published.Where(p => p.Service is "prometheus" or "grafana"), p => Assert.StartsWith("127.0.0.1:", p.Port, StringComparison.Ordinal));
        Assert.All(published.Where(p => p.Service.StartsWith("node", StringComparison.Ordinal)),
            p => Assert.StartsWith("${MONITORING_PUBLISH_ADDRESS:-127.0.0.1}:", p.Port, StringComparison.Ordinal));
        Assert.DoesNotContain(All(compose).OfType<YamlMappingNode>(), m => m.Children.TryGetValue(new YamlScalarNode("network_mode"), out var mode) && mode.ToString() == "host");
        Assert.Empty(PublishedOutsideTheCluster(Documents("kubernetes/monitoring.yaml").Concat(Documents("kubernetes/prometheus.yaml"))));

        // …and a port on every interface is caught, however it is written.
        Assert.All(new[] { "9090:9090", "3000", "0.0.0.0:3000:3000", "${GRAFANA_ADDRESS}:3000:3000", "${GRAFANA_ADDRESS:-0.0.0.0}:3000:3000", "[::]:3000:3000" },
            port => Assert.False(HostOf(new YamlScalarNode(port)) is { } host && IPAddress.IsLoopback(host), port));
        Assert.Null(HostOf(Yaml("{target: 3000, published: 3000}")[0]));
        Assert.Equal(IPAddress.IPv6Loopback, HostOf(new YamlScalarNode("[::1]:3000:3000")));
        Assert.NotEmpty(PublishedOutsideTheCluster(Yaml("kind: Service\nspec: {type: LoadBalancer}")));
        Assert.NotEmpty(PublishedOutsideTheCluster(Yaml("ports: [{containerPort: 9090, hostPort: 9090}]")));
    }

    [Fact]
    public void Every_secret_is_a_documented_file_or_secret_and_lands_where_its_reader_looks()
    {
        var compose = Documents("compose.yaml")[0];
        var readme = File.ReadAllText(Path.Combine(Deploy, "secrets", "README.md"));
        var files = ((YamlMappingNode)At(compose, "secrets")).Children.ToDictionary(kv => kv.Key.ToString(), kv => At(kv.Value, "file").ToString());
        Assert.All(files, f => Assert.Equal(("./secrets/" + f.Key, true), (f.Value, readme.Contains($"`{f.Key}`", StringComparison.Ordinal))));

        // Each service's mounts (the short form lands at /run/secrets/<name>, a relative target under /run/secrets).
        var services = ((YamlMappingNode)At(compose, "services")).Children.ToDictionary(kv => kv.Key.ToString(), kv => (YamlMappingNode)kv.Value);
        YamlMappingNode Own(YamlMappingNode service) =>
            service.Children.TryGetValue(new YamlScalarNode("<<"), out var shared) && !service.Children.ContainsKey(new YamlScalarNode("secrets")) ? (YamlMappingNode)shared : service;
        var mounts = services.ToDictionary(s => s.Key, s => Own(s.Value).Children.TryGetValue(new YamlScalarNode("secrets"), out var list)
            ? ((YamlSequenceNode)list).Children.Select(m => m is YamlScalarNode name ? (Source: name.ToString(), Path: $"/run/secrets/{name}")
                : (Source: At(m, "source").ToString(), Path: At(m, "target").ToString() is var target && target.StartsWith('/') ? target : $"/run/secrets/{target}")).ToList()
            : []);
        Assert.Equal(files.Keys.Order(), mounts.Values.SelectMany(m => m).Select(m => m.Source).Distinct().Order());
        // A variable ending in _FILE (PostgreSQL's, Grafana's) names a file its own service mounts.
        Assert.All(services, s => Assert.All(Environment([s.Value]).Where(e => e.Name.EndsWith("_FILE", StringComparison.Ordinal)),
            e => Assert.Contains(e.Value, mounts[s.Key].Select(m => m.Path))));
        Assert.Equal("/run/secrets/postgres-password", Environment([services["postgres"]]).Single(e => e.Name == "POSTGRES_PASSWORD_FILE").Value);
        Assert.Equal("/run/secrets/grafana-admin-password", Environment([services["grafana"]]).Single(e => e.Name == "GF_SECURITY_ADMIN_PASSWORD__FILE").Value);

        // The nodes: each file under the name of the setting it holds, in the directory the nodes read settings from.
        Assert.Equal(ComposeSecrets, At(compose, "x-node-environment", "Monitoring__SecretsDirectory").ToString());
        var nodes = mounts.Where(m => m.Key.StartsWith("node", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes.SelectMany(n => n), m => Assert.Equal(ComposeSecrets, Path.GetDirectoryName(m.Path)));
        Assert.All(nodes, node => Assert.Equal(["Monitoring__Storage__ConnectionString", "Monitoring__Auth__BootstrapAdminPassword"],
            node.Select(m => Path.GetFileName(m.Path))));
        Assert.All(nodes.SelectMany(n => n), m => Assert.True(IsSetting(Path.GetFileName(m.Path)), m.Path));

        // Kubernetes: every Secret a manifest reads is one its header says how to make, and the README names.
        var deployment = File.ReadAllText(Path.Combine(BuiltServer.RepositoryRoot(), "README.md"));
        foreach (var manifest in new[] { "kubernetes/monitoring.yaml", "kubernetes/prometheus.yaml" })
        {
            var text = File.ReadAllText(Path.Combine(Deploy, manifest));
            var secrets = Documents(manifest).SelectMany(All).OfType<YamlMappingNode>().SelectMany(m => m.Children)
                .Where(kv => kv.Key.ToString() is "secretKeyRef" or "secret")
                .Select(kv => At(kv.Value, kv.Key.ToString() == "secret" ? "secretName" : "name").ToString()).Distinct().ToList();
            Assert.NotEmpty(secrets);
            Assert.All(secrets, name => Assert.Equal((true, true),
                (text.Contains($"kubectl create secret generic {name} ", StringComparison.Ordinal), deployment.Contains($"`{name}`", StringComparison.Ordinal))));
        }
    }
}
