namespace Monitoring.Server.Audit;

/// <summary>
/// <c>.Audited("case.acknowledge", "caseId")</c> on an endpoint's mapping: every request to it leaves one line on the
/// trail, written after the handler ran, with the outcome read from the response's status — a refusal by authorization
/// or a rate limit (which the handler never sees) too. <see cref="AuditMiddleware"/> writes it.
/// </summary>
public static class AuditedEndpoint
{
    public static TBuilder Audited<TBuilder>(this TBuilder endpoint, string action, string? targetRouteValue = null,
        Func<string, string>? spelling = null)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(new AuditedMetadata(action, targetRouteValue, spelling));
}
