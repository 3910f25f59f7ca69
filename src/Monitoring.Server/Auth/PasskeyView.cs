namespace Monitoring.Server.Auth;

/// <summary>One of the signed-in person's passkeys; <see cref="Id"/> is the credential id in base64url, as DELETE takes it.</summary>
public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt);
