namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/auth/token</c>: send it as <c>Authorization: Bearer …</c> until it expires. With
/// <see cref="MustEnrolSecondFactor"/> it opens only /api/auth/* until a second factor is enrolled.</summary>
public sealed record IssuedAccessToken(string AccessToken, DateTimeOffset ExpiresAt, bool MustEnrolSecondFactor);
