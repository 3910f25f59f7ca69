using System.Net;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Server.Tests;

/// <summary>
/// The hardening rules of the deploy files, each a function from parsed YAML (or the Dockerfile's lines) to the
/// problems it finds, so that a test can show both that the committed files pass and that a bad line is caught.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    /// <summary>A name that says its value is a secret: PostgreSQL's password, a connection string, a token, ….</summary>
    [GeneratedRegex("password|passwd|secret|token|credential|connectionstring|api_?key", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    /// <summary>A password written into a connection string (Password=…; Pwd=…).</summary>
    [GeneratedRegex(@"\b(password|pwd)\s*=\s*[^;\s…]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineConnectionPassword();

    private const string ComposeSecrets = "/run/secrets";

    /// <summary>
    /// Where a file holds a password or token inline: an environment variable with a secret's name that does not
    /// point at a mounted secret (compose: a path under /run/secrets; Kubernetes: valueFrom.secretKeyRef), any other
    /// key with a secret's name whose value is not a file path, a password inside a connection string, a Secret
    /// manifest with its data.
    /// </summary>
    private static List<string> InlineSecrets(IEnumerable<YamlNode> roots)
    {
        var problems = new List<string>();
        var nodes = roots.SelectMany(All).ToList();
        foreach (var mapping in nodes.OfType<YamlMappingNode>())
        {
            foreach (var (key, value) in mapping.Children)
            {
                var name = key.ToString();
                if (name is "environment" or "x-node-environment" && value is YamlMappingNode environment)
                    problems.AddRange(environment.Children
                        .Where(kv => SecretName().IsMatch(kv.Key.ToString()) && !kv.Value.ToString().StartsWith(ComposeSecrets, StringComparison.Ordinal))
                        .Select(kv => $"{kv.Key} is set inline, not from a file under {ComposeSecrets}"));
                if (name is "environment" && value is YamlSequenceNode pairs)
                    problems.AddRange(pairs.Children.Select(p => p.ToString().Split('=', 2))
                        .Where(p => SecretName().IsMatch(p[0]) && !(p is [_, var v] && v.StartsWith(ComposeSecrets, StringComparison.Ordinal)))
                        .Select(p => $"{p[0]} is set inline, not from a file under {ComposeSecrets}"));
                if (name is "env" && value is YamlSequenceNode list)
                    problems.AddRange(list.Children.OfType<YamlMappingNode>()
                        .Where(e => SecretName().IsMatch(At(e, "name").ToString()) && !FromSecret(e))
                        .Select(e => $"{At(e, "name")} is not taken from a Secret (valueFrom.secretKeyRef)"));
                if (value is YamlScalarNode { Value: { } text } && SecretName().IsMatch(name) && name != "secretName" && !text.StartsWith('/'))
                    problems.Add($"{name}: '{text}' stands inline; a file it is read from belongs there");
            }
            if (mapping.Children.TryGetValue(new YamlScalarNode("kind"), out var kind) && kind.ToString() == "Secret")
                problems.Add($"a Secret manifest ({At(mapping, "metadata", "name")}) holds its values in the repository");
        }
        problems.AddRange(nodes.OfType<YamlScalarNode>().Where(s => s.Value is { } v && InlineConnectionPassword().IsMatch(v))
            .Select(s => $"a password inside '{s.Value}'"));
        return problems;
    }

    private static bool FromSecret(YamlMappingNode variable) =>
        !variable.Children.ContainsKey(new YamlScalarNode("value"))
        && variable.Children.TryGetValue(new YamlScalarNode("valueFrom"), out var from)
        && ((YamlMappingNode)from).Children.ContainsKey(new YamlScalarNode("secretKeyRef"));

    /// <summary>The user the image's last stage runs as, or null when it names none (and so runs as root).</summary>
    private static string? ImageUser(IReadOnlyList<string> dockerfile) =>
        dockerfile.ToArray()[Math.Max(0, dockerfile.ToList().FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal)))..]
            .LastOrDefault(l => l.StartsWith("USER ", StringComparison.Ordinal))?["USER ".Length..].Trim();

    /// <summary>
    /// The host address each published port of a compose service binds to, with ${VAR:-default} read as its default;
    /// null for a port published on every interface.
    /// </summary>
    private static IEnumerable<(string Service, string Port, IPAddress? Host)> Published(YamlNode compose) =>
        ((YamlMappingNode)At(compose, "services")).Children
            .Where(s => ((YamlMappingNode)s.Value).Children.ContainsKey(new YamlScalarNode("ports")))
            .SelectMany(s => ((YamlSequenceNode)At(s.Value, "ports")).Children.Select(p => (s.Key.ToString(), p.ToString(), HostOf(p))));

    private static IPAddress? HostOf(YamlNode port)
    {
        if (port is YamlMappingNode longSyntax)
            return longSyntax.Children.TryGetValue(new YamlScalarNode("host_ip"), out var ip) ? IPAddress.Parse(Defaulted(ip.ToString())) : null;
        var parts = Regex.Match(Defaulted(port.ToString()), @"^(?:\[?(?<host>[^\]]*?)\]?:)?(?<published>[\d-]+):(?<target>[\d-]+)(/\w+)?$|^(?<target>[\d-]+)$");
        Assert.True(parts.Success, $"ports: '{port}' is no port mapping this test reads");
        return parts.Groups["host"].Success && parts.Groups["host"].Value.Length > 0 ? IPAddress.Parse(parts.Groups["host"].Value) : null;
    }

    /// <summary>A compose value with each ${NAME:-default} or ${NAME-default} read as its default, ${NAME} as empty.</summary>
    private static string Defaulted(string value) => Regex.Replace(value, @"\$\{\w+(?::?-(?<default>[^}]*))?\}", m => m.Groups["default"].Value);

    /// <summary>Where a manifest reaches outside the cluster: a NodePort or LoadBalancer service, a host port, the host's network.</summary>
    private static List<string> PublishedOutsideTheCluster(IEnumerable<YamlNode> manifests)
    {
        var problems = new List<string>();
        foreach (var mapping in manifests.SelectMany(All).OfType<YamlMappingNode>())
        foreach (var (key, value) in mapping.Children)
        {
            if (key.ToString() == "type" && value.ToString() is "NodePort" or "LoadBalancer") problems.Add($"a service of type {value}");
            if (key.ToString() == "hostPort") problems.Add($"hostPort {value}");
            if (key.ToString() == "hostNetwork" && value.ToString() == "true") problems.Add("hostNetwork");
        }
        return problems;
    }
}
