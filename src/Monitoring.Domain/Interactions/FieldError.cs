namespace Monitoring.Domain.Interactions;

/// <summary>A rule broken by one field of a request; Field is the camelCase path the caller sent.</summary>
public sealed record FieldError(string Field, string Message);
