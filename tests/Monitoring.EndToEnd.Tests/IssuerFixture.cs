namespace Monitoring.EndToEnd.Tests;

/// <summary>The test OpenID Connect issuer, started before the class's centers so that their settings can name it.</summary>
public sealed class IssuerFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public TestIssuer Issuer { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Issuer = await TestIssuer.StartAsync(_folder.Path);

    public async ValueTask DisposeAsync()
    {
        await Issuer.DisposeAsync();
        _folder.Dispose();
    }
}
