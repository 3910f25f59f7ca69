namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/auth/password</c>.</summary>
public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
