namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/admin/tokens</c>: the only time <see cref="Token"/> is shown.</summary>
public sealed record IssuedApiToken(string Id, string Name, string Role, string? UnitId, string Token);
