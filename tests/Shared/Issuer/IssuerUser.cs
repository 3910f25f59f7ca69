namespace Monitoring.Testing;

/// <summary>The person the test issuer signs in, with the claims a test gives them; null leaves a claim out.</summary>
public sealed record IssuerUser(string Subject, string? Name = null, string[]? Roles = null, string? Unit = null, string? Nrp = null);
