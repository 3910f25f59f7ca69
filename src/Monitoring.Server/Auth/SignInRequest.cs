namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/auth/token</c> and <c>/api/auth/signin</c>; <see cref="Remember"/> only matters for the cookie.</summary>
public sealed record SignInRequest(string? UserName, string? Password, string? Code = null, bool Remember = false);
