namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/auth/authenticator/verify</c>: the recovery codes, shown only now, each good once.
/// A bearer caller gets a new access token in <see cref="Renewed"/>, the old one having ended with the new stamp.</summary>
public sealed record SecondFactorEnabled(IReadOnlyList<string> RecoveryCodes, IssuedAccessToken? Renewed);
