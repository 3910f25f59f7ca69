namespace Monitoring.Domain.Interactions;

/// <summary>A rule broken by one field of a request; Field is the camelCase path the caller sent, Code one of
/// <see cref="ErrorCodes"/>.</summary>
public sealed record FieldError(string Field, string Code, string Message);
