namespace Monitoring.Testing;

/// <summary>An HTTP client that signs in as a role (and unit) on its first request; its token serves the hub too.</summary>
public sealed class SignedInClient(SignedInHandler handler) : HttpClient(handler)
{
    public Task<string> TokenAsync() => handler.TokenAsync();

    /// <summary>Over the network, to Kestrel or a center process.</summary>
    public static SignedInClient OverNetwork(Uri address, string role, string? unitId)
    {
        HttpClient Anonymous() => new() { BaseAddress = address, Timeout = Patience };
        return new SignedInClient(new SignedInHandler(Anonymous, role, unitId) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = address, Timeout = Patience,
        };
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
}
