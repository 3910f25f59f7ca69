using System.Text.Json;

namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/auth/passkeys</c>: what <c>navigator.credentials.create()</c> answered, as its
/// <c>toJSON()</c>, and the name the person gives the passkey to tell it from their others.</summary>
public sealed record PasskeyRegistration(JsonElement? Credential, string? Name);
