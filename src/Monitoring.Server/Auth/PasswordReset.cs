namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/admin/users/{userName}/password</c>: a temporary password the person must change.</summary>
public sealed record PasswordReset(string? Password);
