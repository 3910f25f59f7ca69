namespace Monitoring.Server.Tests.Auth.Sso;

/// <summary>One issuer and center for a class whose tests each sign in people of their own (distinct subjects).</summary>
public sealed class SsoFixture : IAsyncLifetime
{
    private SsoCenter? _center;

    public SsoCenter Center => _center ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _center = await SsoCenter.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_center is not null) await _center.DisposeAsync();
    }
}
