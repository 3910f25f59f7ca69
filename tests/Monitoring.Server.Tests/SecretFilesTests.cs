using System.Net;
using static Monitoring.Server.Tests.Auth.AuthApi;

namespace Monitoring.Server.Tests;

/// <summary>
/// Monitoring:SecretsDirectory as compose uses it: a file named after a setting sets it, outranking what the
/// environment and the command line say, and a directory that is not there stops the center.
/// </summary>
[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class SecretFilesTests
{
    [Fact]
    public async Task A_file_named_after_a_setting_sets_it()
    {
        using var folder = new TempFolder();
        var secrets = Directory.CreateDirectory(Path.Combine(folder.Path, "secrets")).FullName;
        // As `echo … >` writes it: the trailing newline is no part of the password.
        await File.WriteAllTextAsync(Path.Combine(secrets, "Monitoring__Auth__BootstrapAdminPassword"), "a password from a secret file\n");
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { [SecretFiles.Setting] = secrets });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, "admin", "a password from a secret file")).StatusCode);
        // The test's own setting of the same name (on the command line, as UseSetting passes it) is outranked.
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(client, "admin", MonitoringFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public void A_secrets_directory_that_is_not_there_stops_the_center_naming_the_setting()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "not-mounted");
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { [SecretFiles.Setting] = missing });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains($"Monitoring:SecretsDirectory: the directory '{missing}' does not exist", messages);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }
}
