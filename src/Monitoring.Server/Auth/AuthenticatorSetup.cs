namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/auth/authenticator</c>: the key to type in, or the URI to show as a QR code.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, IssuedAccessToken? Renewed);
