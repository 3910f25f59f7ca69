using System.Net.Http.Headers;

namespace Monitoring.Testing;

/// <summary>Signs in on the first request it sends (once), so that a test's constructor can already hold a signed-in client.</summary>
public sealed class SignedInHandler(Func<HttpClient> anonymous, string role, string? unitId) : DelegatingHandler
{
    private Task<string>? _token;

    /// <summary>A sign-in that failed (a center still starting) is tried again by the next request.</summary>
    public async Task<string> TokenAsync()
    {
        var attempt = _token ??= SignIn.UserTokenAsync(anonymous(), role, unitId);
        try
        {
            return await attempt;
        }
        catch
        {
            _ = Interlocked.CompareExchange(ref _token, null, attempt);
            throw;
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await TokenAsync());
        return await base.SendAsync(request, cancellationToken);
    }
}
