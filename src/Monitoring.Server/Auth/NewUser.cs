namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/admin/users</c>.</summary>
public sealed record NewUser(string? UserName, string? DisplayName, string? Password, string? Role, string? UnitId = null,
    string? Nrp = null, DateTimeOffset? ExpiresAt = null);
