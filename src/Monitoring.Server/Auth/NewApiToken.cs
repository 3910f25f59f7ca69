namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/admin/tokens</c>.</summary>
public sealed record NewApiToken(string? Name, string? Role, string? UnitId = null);
