namespace Monitoring.Server;

/// <summary>
/// Settings read from files, one file per setting, for passwords and connection strings that must not stand in a
/// compose file or an environment listing: with <c>Monitoring:SecretsDirectory</c> set (compose: <c>/run/secrets</c>),
/// a file there named <c>Monitoring__Auth__BootstrapAdminPassword</c> sets <c>Monitoring:Auth:BootstrapAdminPassword</c>
/// to its content (one trailing newline dropped). Added last, a file outranks the environment and the command line.
/// </summary>
public static class SecretFiles
{
    public const string Setting = MonitoringOptions.Section + ":" + nameof(MonitoringOptions.SecretsDirectory);

    public static IConfigurationBuilder AddSecretFiles(this IConfigurationManager configuration)
    {
        var directory = configuration[Setting];
        if (string.IsNullOrWhiteSpace(directory)) return configuration;
        // A directory named but missing is a mount that did not happen: starting without the secrets would start with
        // a generated admin password or no database, so the center stops and says which setting pointed where.
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"{Setting}: the directory '{directory}' does not exist");
        return configuration.AddKeyPerFile(Path.GetFullPath(directory), optional: false);
    }
}
