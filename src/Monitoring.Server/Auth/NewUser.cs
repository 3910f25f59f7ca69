namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/admin/users</c>.</summary>
/// <param name="MustChangePassword">The password is a temporary one the admin hands over: the person chooses their own at
/// the first sign-in.</param>
public sealed record NewUser(string? UserName, string? DisplayName, string? Password, string? Role, string? UnitId = null,
    string? Nrp = null, DateTimeOffset? ExpiresAt = null, bool MustChangePassword = false);
