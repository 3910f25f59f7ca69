using System.Text.Json;

namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/auth/passkey/signin</c>: what <c>navigator.credentials.get()</c> answered, as its <c>toJSON()</c>.</summary>
public sealed record PasskeyAssertion(JsonElement? Credential);
